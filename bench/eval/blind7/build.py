#!/usr/bin/env python3
"""Build the blind7 gold set: articles and gold rows in one place.

    python3 build.py        # writes it.jsonl, en.jsonl, fr.jsonl, de.jsonl next to this file

Texts are typed with plain apostrophes; the typography is applied to title, text and quotes alike, so quotes stay
exact substrings: ’ in en/fr; in fr no-break spaces inside « » and before ? ! : ; — „…“ is typed directly in de and
«…» in it. The script refuses to write if a quote is not an exact substring of its text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"


def typo(lang, s):
    if lang in ("en", "fr"):
        s = s.replace("'", "’")
    if lang == "fr":
        s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
        for p in "?!:;":
            s = s.replace(" " + p, NBSP + p)
    return s


def R(subject, relation, k, modality, quote):
    """k is the kind, or the target for COORDINATES."""
    if relation == "COORDINATES":
        return dict(subject=subject, relation=relation, kind=None, beneficiary=None, target=k,
                    modality=modality, quote=quote)
    if k == "sanctions":
        return dict(subject=subject, relation=relation, kind=k, beneficiary=None, target="RUS",
                    modality=modality, quote=quote)
    return dict(subject=subject, relation=relation, kind=k, beneficiary="UKR", target=None,
                modality=modality, quote=quote)


ARTICLES = []


def A(aid, date, title, text, gold):
    ARTICLES.append((aid, date, title, text, gold))


# ----------------------------------------------------------------------------------------------------------------
# ENGLISH
# ----------------------------------------------------------------------------------------------------------------

A("blind7-en-001", "2024-01-17", "Lithuania commits €200 million to Ukraine over three years",
  "Lithuania will give Ukraine €200 million in military assistance between 2024 and 2026, the government in Vilnius "
  "said on Wednesday. The package, approved by ministers at a cabinet meeting, will pay for ammunition and drones, "
  "Defence Minister Arvydas Anusauskas told reporters. He added that Lithuanian instructors would keep training "
  "Ukrainian soldiers in Lithuania and in other allied countries. Vilnius also said it would hand over a further batch "
  "of M577 armoured personnel carriers from its own stocks in the spring. The cabinet separately agreed to pay for the "
  "treatment of wounded Ukrainian soldiers in Lithuanian hospitals. Since February 2022 Lithuania has sent Ukraine "
  "anti-aircraft guns, Stinger missiles and M113 carriers, according to the ministry. President Gitanas Nauseda, who "
  "visited Kyiv last week, said the amount was a floor rather than a ceiling. Lithuania, which borders Russia's "
  "Kaliningrad exclave and Belarus, is also ready to take part in an allied coalition that helps Ukraine clear mines "
  "from its farmland. Ukraine's ambassador in Vilnius thanked the government but said his country needed far more "
  "shells than Europe was currently producing. Analysts at a Vilnius think tank noted that few allies give a larger "
  "share of their economic output. The opposition Social Democrats backed the package but asked the government to "
  "explain how it would be financed. Russia's embassy did not respond to a request for comment.",
  [
      R("LTU", "PLEDGES", "funding", "pledged",
        "Lithuania will give Ukraine €200 million in military assistance between 2024 and 2026"),
      R("LTU", "PLEDGES", "ammunition", "pledged", "will pay for ammunition and drones"),
      R("LTU", "PLEDGES", "weapons", "pledged",
        "Vilnius also said it would hand over a further batch of M577 armoured personnel carriers from its own stocks in the spring"),
      R("LTU", "PLEDGES", "training", "delivered",
        "Lithuanian instructors would keep training Ukrainian soldiers in Lithuania and in other allied countries"),
      R("LTU", "PLEDGES", "humanitarian", "pledged",
        "The cabinet separately agreed to pay for the treatment of wounded Ukrainian soldiers in Lithuanian hospitals"),
      R("LTU", "PLEDGES", "air_defense", "delivered",
        "Since February 2022 Lithuania has sent Ukraine anti-aircraft guns, Stinger missiles and M113 carriers"),
      R("LTU", "COORDINATES", "UKR", "delivered", "President Gitanas Nauseda, who visited Kyiv last week"),
      R("LTU", "PLEDGES", "technical_assistance", "willing",
        "is also ready to take part in an allied coalition that helps Ukraine clear mines from its farmland"),
  ])

A("blind7-en-002", "2024-12-17", "Northern European leaders promise Kyiv more weapons for the winter",
  "TALLINN, Dec 17 – Leaders of the ten countries in the British-led Joint Expeditionary Force promised on Tuesday "
  "to send Ukraine more weapons over the winter. The meeting, hosted by Estonian Prime Minister Kristen Michal, was "
  "joined in person by President Volodymyr Zelensky. In a joint statement, the leaders also said they would act "
  "against Russia's shadow fleet of ageing tankers in the Baltic Sea, including through further sanctions. British "
  "Prime Minister Keir Starmer said Britain would deliver additional air-defence equipment to Kyiv before the end of "
  "January. Sweden and Norway, he added, had each agreed to finance a new batch of drones built in Ukraine. "
  "Iceland's foreign minister said Reykjavik would pay for winter clothing for Ukrainian soldiers. Zelensky thanked "
  "the leaders but told reporters that Ukraine still lacked enough air-defence systems to protect its power grid. "
  "Asked whether JEF countries might one day deploy troops to Ukraine after a ceasefire, Starmer said it was too early "
  "to discuss it. Finland's President Alexander Stubb said the Nordic and Baltic states would keep backing Ukraine's "
  "path to NATO membership. The force, set up in 2014 as a British initiative, has never operated as a unit in a war. "
  "The Kremlin said the Tallinn meeting showed that northern Europe had chosen confrontation, but did not refer to any "
  "specific pledge.",
  [
      R("GROUP", "PLEDGES", "weapons", "pledged",
        "Leaders of the ten countries in the British-led Joint Expeditionary Force promised on Tuesday to send Ukraine more weapons over the winter"),
      R("EST", "COORDINATES", "GROUP", "delivered", "The meeting, hosted by Estonian Prime Minister Kristen Michal"),
      R("UKR", "COORDINATES", "EST", "delivered", "was joined in person by President Volodymyr Zelensky"),
      R("GROUP", "PLEDGES", "sanctions", "pledged",
        "the leaders also said they would act against Russia's shadow fleet of ageing tankers in the Baltic Sea, including through further sanctions"),
      R("GBR", "PLEDGES", "air_defense", "pledged",
        "Britain would deliver additional air-defence equipment to Kyiv before the end of January"),
      R("SWE", "PLEDGES", "funding", "pledged",
        "Sweden and Norway, he added, had each agreed to finance a new batch of drones built in Ukraine"),
      R("SWE", "PLEDGES", "weapons", "pledged",
        "Sweden and Norway, he added, had each agreed to finance a new batch of drones built in Ukraine"),
      R("NOR", "PLEDGES", "funding", "pledged",
        "Sweden and Norway, he added, had each agreed to finance a new batch of drones built in Ukraine"),
      R("NOR", "PLEDGES", "weapons", "pledged",
        "Sweden and Norway, he added, had each agreed to finance a new batch of drones built in Ukraine"),
      R("ISL", "PLEDGES", "funding", "pledged", "Reykjavik would pay for winter clothing for Ukrainian soldiers"),
      R("ISL", "PLEDGES", "technical_assistance", "pledged",
        "Reykjavik would pay for winter clothing for Ukrainian soldiers"),
      R("GROUP", "SUPPORTS", "nato_membership", "pledged",
        "the Nordic and Baltic states would keep backing Ukraine's path to NATO membership"),
  ])

A("blind7-en-003", "2024-02-13", "Canada to send 800 drones; NASAMS for Ukraine to ship “in the coming months”",
  "OTTAWA, Feb 13 (Wire) – Canada will send Ukraine more than 800 SkyRanger drones made by a US-owned company in "
  "Ontario, Defence Minister Bill Blair said on Tuesday. The drones, paid for with C$95 million from the military aid "
  "Ottawa promised last year, should arrive in the spring. Blair said the NASAMS air-defence system that Canada "
  "bought for Ukraine in 2023 would be shipped “in the coming months”. He did not give a date "
  "and declined to say why the delivery had taken longer than expected. Canadian soldiers will continue to train "
  "Ukrainian recruits in Britain and Poland under Operation Unifier, the minister added. The minister said Canada was "
  "also ready to help Ukraine repair damaged armoured vehicles, but gave no figures. Blair said Ottawa was looking at "
  "adding more Russian defence firms to its sanctions list. Canada has given Ukraine more than C$2.4 billion in "
  "military aid since the full-scale invasion, according to government figures. Ukrainian officials have repeatedly "
  "asked Ottawa to speed up the NASAMS delivery. The Conservative opposition accused the government of announcing "
  "equipment it could not deliver on time. Russia's embassy in Ottawa said in a statement that Canadian weapons would "
  "only prolong the bloodshed. Blair spoke after a call with his Ukrainian counterpart Rustem Umerov, the ministry "
  "said.",
  [
      R("CAN", "PLEDGES", "weapons", "pledged",
        "Canada will send Ukraine more than 800 SkyRanger drones made by a US-owned company in Ontario"),
      R("CAN", "PLEDGES", "funding", "pledged",
        "The drones, paid for with C$95 million from the military aid Ottawa promised last year, should arrive in the spring"),
      R("CAN", "PLEDGES", "air_defense", "pledged",
        "the NASAMS air-defence system that Canada bought for Ukraine in 2023 would be shipped “in the coming months”"),
      R("CAN", "PLEDGES", "training", "delivered",
        "Canadian soldiers will continue to train Ukrainian recruits in Britain and Poland under Operation Unifier"),
      R("CAN", "PLEDGES", "technical_assistance", "willing",
        "Canada was also ready to help Ukraine repair damaged armoured vehicles"),
      R("CAN", "PLEDGES", "sanctions", "considering",
        "Blair said Ottawa was looking at adding more Russian defence firms to its sanctions list"),
      R("RUS", "OPPOSES", "weapons", "pledged",
        "Russia's embassy in Ottawa said in a statement that Canadian weapons would only prolong the bloodshed"),
      R("CAN", "COORDINATES", "UKR", "delivered",
        "Blair spoke after a call with his Ukrainian counterpart Rustem Umerov"),
  ])

A("blind7-en-004", "2025-03-19", "Europe vows to keep arming Kyiv after Putin demands an end to aid",
  "Vladimir Putin told Donald Trump in a phone call on Tuesday that any lasting ceasefire would require an end to "
  "foreign military aid and intelligence sharing with Kyiv, according to the Kremlin's account of the conversation. "
  "The two leaders agreed only on a 30-day halt to strikes on energy infrastructure. The White House said the "
  "question of aid had not been discussed. In Berlin, the outgoing chancellor Olaf Scholz said Germany would go on "
  "supplying weapons to Ukraine and that Moscow had no say in the matter. French President Emmanuel Macron, who met "
  "Scholz in Berlin on Tuesday evening, said Paris would keep providing intelligence and ammunition to the "
  "Ukrainians. Britain's Defence Secretary John Healey confirmed that British intelligence support for Kyiv was "
  "continuing. Hungary's foreign minister Peter Szijjarto welcomed the call and repeated that Budapest would send no "
  "weapons to Ukraine. Zelensky said Kyiv was ready to support the energy truce but insisted that Western aid must not "
  "be cut. He said he would speak to Trump on Wednesday. Kremlin spokesman Dmitry Peskov said European arms "
  "deliveries were the main obstacle to peace. Polish Prime Minister Donald Tusk said the Rzeszow logistics hub, "
  "through which most Western aid passes, would keep working around the clock. Asked whether the United States would "
  "halt weapons deliveries, a State Department spokeswoman said she would not get ahead of the president.",
  [
      R("RUS", "OPPOSES", "weapons", "pledged",
        "any lasting ceasefire would require an end to foreign military aid and intelligence sharing with Kyiv"),
      R("RUS", "OPPOSES", "intelligence", "pledged",
        "any lasting ceasefire would require an end to foreign military aid and intelligence sharing with Kyiv"),
      R("RUS", "COORDINATES", "USA", "delivered", "Vladimir Putin told Donald Trump in a phone call on Tuesday"),
      R("DEU", "PLEDGES", "weapons", "delivered", "Germany would go on supplying weapons to Ukraine"),
      R("FRA", "PLEDGES", "intelligence", "delivered",
        "Paris would keep providing intelligence and ammunition to the Ukrainians"),
      R("FRA", "PLEDGES", "ammunition", "delivered",
        "Paris would keep providing intelligence and ammunition to the Ukrainians"),
      R("FRA", "COORDINATES", "DEU", "delivered", "French President Emmanuel Macron, who met Scholz in Berlin on Tuesday evening"),
      R("GBR", "PLEDGES", "intelligence", "delivered",
        "Britain's Defence Secretary John Healey confirmed that British intelligence support for Kyiv was continuing"),
      R("HUN", "DECLINES", "weapons", "refused", "Budapest would send no weapons to Ukraine"),
      R("UKR", "COORDINATES", "USA", "planned", "He said he would speak to Trump on Wednesday"),
      R("POL", "PLEDGES", "logistics", "delivered",
        "the Rzeszow logistics hub, through which most Western aid passes, would keep working around the clock"),
  ])

# ----------------------------------------------------------------------------------------------------------------
# ITALIAN
# ----------------------------------------------------------------------------------------------------------------

A("blind7-it-001", "2024-05-28", "Portogallo e Ucraina firmano l'accordo di sicurezza: almeno 126 milioni nel 2024",
  "Il premier portoghese Luís Montenegro e il presidente ucraino Volodymyr Zelensky hanno firmato martedì a Lisbona "
  "un accordo bilaterale di sicurezza della durata di dieci anni. L'intesa impegna Lisbona a versare almeno 126 "
  "milioni di euro in aiuti militari nel 2024. Il Portogallo parteciperà inoltre alla coalizione per l'addestramento "
  "dei piloti di F-16 e a quella marittima guidata da Regno Unito e Norvegia, ha precisato il governo. Fonti del "
  "ministero della Difesa hanno confermato che sono già partiti verso l'Ucraina alcuni blindati M113 e un carico di "
  "munizioni per l'artiglieria. Nel 2023 Lisbona aveva consegnato a Kiev tre carri armati Leopard 2. Montenegro ha "
  "detto che il suo Paese è pronto a contribuire anche allo sminamento dei terreni agricoli ucraini una volta finita "
  "la guerra. Zelensky, alla sua prima visita ufficiale in Portogallo, ha chiesto ai partner europei più sistemi di "
  "difesa aerea. Alla domanda se il Portogallo possa inviare propri militari in Ucraina, il premier ha risposto che "
  "«non è una questione all'ordine del giorno». Il Partito comunista portoghese ha criticato l'accordo in Parlamento, "
  "sostenendo che allontana la pace. Mosca non ha commentato la firma.",
  [
      R("PRT", "PLEDGES", "security_guarantee", "signed",
        "hanno firmato martedì a Lisbona un accordo bilaterale di sicurezza della durata di dieci anni"),
      R("PRT", "COORDINATES", "UKR", "delivered",
        "Il premier portoghese Luís Montenegro e il presidente ucraino Volodymyr Zelensky hanno firmato martedì a Lisbona"),
      R("PRT", "PLEDGES", "funding", "pledged",
        "L'intesa impegna Lisbona a versare almeno 126 milioni di euro in aiuti militari nel 2024"),
      R("PRT", "PLEDGES", "training", "pledged",
        "Il Portogallo parteciperà inoltre alla coalizione per l'addestramento dei piloti di F-16"),
      R("PRT", "PLEDGES", "naval", "pledged",
        "Il Portogallo parteciperà inoltre alla coalizione per l'addestramento dei piloti di F-16 e a quella marittima guidata da Regno Unito e Norvegia"),
      R("GBR", "COORDINATES", "NOR", "delivered", "quella marittima guidata da Regno Unito e Norvegia"),
      R("PRT", "PLEDGES", "weapons", "delivered",
        "sono già partiti verso l'Ucraina alcuni blindati M113 e un carico di munizioni per l'artiglieria"),
      R("PRT", "PLEDGES", "ammunition", "delivered",
        "sono già partiti verso l'Ucraina alcuni blindati M113 e un carico di munizioni per l'artiglieria"),
      R("PRT", "PLEDGES", "technical_assistance", "willing",
        "il suo Paese è pronto a contribuire anche allo sminamento dei terreni agricoli ucraini una volta finita la guerra"),
      R("PRT", "DECLINES", "troops", "refused",
        "il premier ha risposto che «non è una questione all'ordine del giorno»"),
  ])

A("blind7-it-002", "2024-12-04", "Nato, i ministri degli Esteri a Bruxelles: più difesa aerea per Kiev, l'invito resta lontano",
  "BRUXELLES – I ministri degli Esteri della Nato, riuniti per due giorni nel quartier generale dell'Alleanza, hanno "
  "concordato di inviare all'Ucraina altri sistemi di difesa aerea prima dell'inverno, ha annunciato il segretario "
  "generale Mark Rutte. Alla riunione del Consiglio Nato-Ucraina ha partecipato anche il ministro degli Esteri ucraino "
  "Andrii Sybiha. Sybiha ha chiesto un invito formale ad aderire all'Alleanza, ma Rutte ha risposto che la priorità "
  "ora è dare a Kiev ciò che serve per resistere. Il segretario di Stato americano Antony Blinken ha assicurato che "
  "Washington spenderà entro gennaio tutti i fondi per l'Ucraina già stanziati dal Congresso. Ha aggiunto che "
  "l'amministrazione uscente sta valutando un ulteriore pacchetto di munizioni. Il ministro degli Esteri Antonio "
  "Tajani ha ribadito che l'Italia continuerà a fornire materiale militare a Kiev, ma che le armi italiane non "
  "potranno essere usate sul territorio russo. Sull'adesione, secondo Tajani, «i tempi non sono maturi». L'Ungheria "
  "ha ripetuto che non sosterrà un invito a Kiev, e anche la Germania si è detta contraria. La Lituania, la Polonia e "
  "i Paesi nordici hanno invece chiesto di invitare subito l'Ucraina. Il Cremlino ha replicato che ogni passo verso "
  "l'adesione di Kiev sarebbe «una minaccia diretta» per la Russia. Nel 2008, al vertice di Bucarest, gli alleati "
  "avevano promesso che l'Ucraina sarebbe un giorno entrata nella Nato. I ministri torneranno a riunirsi in primavera "
  "in Turchia.",
  [
      R("NATO", "PLEDGES", "air_defense", "pledged",
        "hanno concordato di inviare all'Ucraina altri sistemi di difesa aerea prima dell'inverno"),
      R("UKR", "COORDINATES", "NATO", "delivered",
        "Alla riunione del Consiglio Nato-Ucraina ha partecipato anche il ministro degli Esteri ucraino Andrii Sybiha"),
      R("USA", "PLEDGES", "funding", "pledged",
        "Washington spenderà entro gennaio tutti i fondi per l'Ucraina già stanziati dal Congresso"),
      R("USA", "PLEDGES", "ammunition", "considering",
        "l'amministrazione uscente sta valutando un ulteriore pacchetto di munizioni"),
      R("ITA", "PLEDGES", "weapons", "delivered", "l'Italia continuerà a fornire materiale militare a Kiev"),
      R("HUN", "OPPOSES", "nato_membership", "pledged", "L'Ungheria ha ripetuto che non sosterrà un invito a Kiev"),
      R("DEU", "OPPOSES", "nato_membership", "pledged", "anche la Germania si è detta contraria"),
      R("LTU", "SUPPORTS", "nato_membership", "pledged",
        "La Lituania, la Polonia e i Paesi nordici hanno invece chiesto di invitare subito l'Ucraina"),
      R("POL", "SUPPORTS", "nato_membership", "pledged",
        "La Lituania, la Polonia e i Paesi nordici hanno invece chiesto di invitare subito l'Ucraina"),
      R("GROUP", "SUPPORTS", "nato_membership", "pledged",
        "La Lituania, la Polonia e i Paesi nordici hanno invece chiesto di invitare subito l'Ucraina"),
      R("RUS", "OPPOSES", "nato_membership", "pledged",
        "Il Cremlino ha replicato che ogni passo verso l'adesione di Kiev sarebbe «una minaccia diretta» per la Russia"),
  ])

A("blind7-it-003", "2025-05-21", "Ucraina: il Papa offre il Vaticano per i negoziati, Meloni informa Trump",
  "CITTÀ DEL VATICANO, 21 MAG – Papa Leone XIV ha offerto la Santa Sede come luogo per nuovi colloqui diretti tra "
  "Russia e Ucraina, ha riferito la premier Giorgia Meloni dopo una telefonata con il Pontefice. Meloni ha detto di "
  "aver informato della disponibilità del Papa il presidente americano Donald Trump, con cui ha parlato lunedì sera "
  "insieme ad altri leader europei. L'Italia, ha aggiunto, è pronta a fare la propria parte per facilitare il dialogo. "
  "Nella stessa occasione, ha precisato Palazzo Chigi, la premier ha confermato che l'Italia non invierà propri "
  "soldati in Ucraina. Zelensky ha accolto con favore l'offerta del Pontefice. Da Mosca il ministro degli Esteri "
  "Sergej Lavrov ha definito poco realistica l'ipotesi di colloqui in Vaticano, senza però escluderla. Il Cremlino ha "
  "ribadito che qualsiasi accordo dovrà prevedere lo stop alle forniture di armi occidentali a Kiev. Secondo fonti "
  "diplomatiche, anche la Turchia si è detta disposta a ospitare a Istanbul un nuovo round di colloqui tra le due "
  "delegazioni. La Santa Sede lavora da mesi al ritorno in Ucraina dei bambini deportati in Russia, con la mediazione "
  "del cardinale Matteo Zuppi. (ANSA).",
  [
      R("VAT", "COORDINATES", "RUS", "willing",
        "Papa Leone XIV ha offerto la Santa Sede come luogo per nuovi colloqui diretti tra Russia e Ucraina"),
      R("VAT", "COORDINATES", "UKR", "willing",
        "Papa Leone XIV ha offerto la Santa Sede come luogo per nuovi colloqui diretti tra Russia e Ucraina"),
      R("ITA", "COORDINATES", "VAT", "delivered",
        "ha riferito la premier Giorgia Meloni dopo una telefonata con il Pontefice"),
      R("ITA", "COORDINATES", "USA", "delivered",
        "il presidente americano Donald Trump, con cui ha parlato lunedì sera insieme ad altri leader europei"),
      R("GROUP", "COORDINATES", "USA", "delivered",
        "il presidente americano Donald Trump, con cui ha parlato lunedì sera insieme ad altri leader europei"),
      R("ITA", "DECLINES", "troops", "refused", "l'Italia non invierà propri soldati in Ucraina"),
      R("RUS", "OPPOSES", "weapons", "pledged",
        "qualsiasi accordo dovrà prevedere lo stop alle forniture di armi occidentali a Kiev"),
      R("TUR", "COORDINATES", "RUS", "willing",
        "anche la Turchia si è detta disposta a ospitare a Istanbul un nuovo round di colloqui tra le due delegazioni"),
      R("TUR", "COORDINATES", "UKR", "willing",
        "anche la Turchia si è detta disposta a ospitare a Istanbul un nuovo round di colloqui tra le due delegazioni"),
      R("VAT", "PLEDGES", "humanitarian", "delivered",
        "La Santa Sede lavora da mesi al ritorno in Ucraina dei bambini deportati in Russia"),
  ])

A("blind7-it-004", "2025-03-01", "Dopo lo scontro nello Studio Ovale, le capitali europee si stringono attorno a Kiev",
  "Il giorno dopo il duro scontro tra Donald Trump e Volodymyr Zelensky nello Studio Ovale, i governi europei hanno "
  "fatto a gara per ribadire la loro vicinanza all'Ucraina. La premier Giorgia Meloni ha proposto un vertice senza "
  "indugi tra Stati Uniti, Paesi europei e alleati per discutere del conflitto. Il premier britannico Keir Starmer ha "
  "telefonato a entrambi i leader e ha confermato che domenica ospiterà a Londra Zelensky e una quindicina di leader "
  "europei. Da Berlino, il cancelliere in pectore Friedrich Merz ha scritto che non bisogna mai confondere aggressore "
  "e vittima. Il governo olandese ha fatto sapere che i 3,5 miliardi di euro destinati a Kiev per quest'anno restano "
  "confermati. Madrid ha annunciato che invierà entro aprile un nuovo lotto di munizioni e di veicoli blindati. Il "
  "presidente francese Emmanuel Macron ha ricordato che la Francia aveva aiutato l'Ucraina fin dal primo giorno, "
  "consegnando armi e addestrando soldati. Il premier ungherese Viktor Orbán si è invece schierato con Trump, "
  "sostenendo che l'Europa dovrebbe smettere di finanziare la guerra. Anche il premier slovacco Robert Fico ha chiesto "
  "a Bruxelles di non stanziare nuovi fondi militari per Kiev. A Mosca l'ex presidente Dmitrij Medvedev ha esultato "
  "sui social, mentre il portavoce del Cremlino Dmitrij Peskov ha detto che l'Occidente dovrebbe smettere di armare "
  "Kiev. Zelensky, da parte sua, ha ringraziato gli americani e ha detto di essere ancora pronto a firmare l'accordo "
  "sulle terre rare.",
  [
      R("USA", "COORDINATES", "UKR", "delivered",
        "il duro scontro tra Donald Trump e Volodymyr Zelensky nello Studio Ovale"),
      R("GBR", "COORDINATES", "USA", "delivered", "Il premier britannico Keir Starmer ha telefonato a entrambi i leader"),
      R("GBR", "COORDINATES", "UKR", "delivered", "Il premier britannico Keir Starmer ha telefonato a entrambi i leader"),
      R("GBR", "COORDINATES", "GROUP", "planned",
        "domenica ospiterà a Londra Zelensky e una quindicina di leader europei"),
      R("NLD", "PLEDGES", "funding", "pledged",
        "i 3,5 miliardi di euro destinati a Kiev per quest'anno restano confermati"),
      R("ESP", "PLEDGES", "ammunition", "pledged",
        "Madrid ha annunciato che invierà entro aprile un nuovo lotto di munizioni e di veicoli blindati"),
      R("ESP", "PLEDGES", "weapons", "pledged",
        "Madrid ha annunciato che invierà entro aprile un nuovo lotto di munizioni e di veicoli blindati"),
      R("FRA", "PLEDGES", "weapons", "delivered", "consegnando armi e addestrando soldati"),
      R("FRA", "PLEDGES", "training", "delivered", "consegnando armi e addestrando soldati"),
      R("HUN", "OPPOSES", "funding", "pledged", "l'Europa dovrebbe smettere di finanziare la guerra"),
      R("SVK", "OPPOSES", "funding", "pledged",
        "Anche il premier slovacco Robert Fico ha chiesto a Bruxelles di non stanziare nuovi fondi militari per Kiev"),
      R("RUS", "OPPOSES", "weapons", "pledged",
        "il portavoce del Cremlino Dmitrij Peskov ha detto che l'Occidente dovrebbe smettere di armare Kiev"),
  ])

# ----------------------------------------------------------------------------------------------------------------
# FRENCH
# ----------------------------------------------------------------------------------------------------------------

A("blind7-fr-001", "2025-03-13", "La Belgique promet un milliard d'euros à Kiev et précise le calendrier de ses F-16",
  "La Belgique consacrera un milliard d'euros à l'aide militaire à l'Ukraine cette année, a annoncé jeudi le ministre "
  "de la Défense, Theo Francken, devant la commission compétente de la Chambre. Le ministre a confirmé que les deux "
  "premiers F-16 belges seraient livrés à Kiev avant la fin de l'année, un calendrier plus tardif que celui évoqué par "
  "le gouvernement précédent. Les autres appareils promis suivront au rythme de l'arrivée des F-35 dans l'armée de "
  "l'air belge, a-t-il précisé. Selon M. Francken, Bruxelles financera aussi la fabrication de drones par des "
  "entreprises ukrainiennes. Des techniciens belges forment déjà des mécaniciens ukrainiens à l'entretien des F-16, a "
  "rappelé le ministre. Interrogé sur une éventuelle participation belge à une force de réassurance après un "
  "cessez-le-feu, il a répondu que « rien n'est exclu » mais qu'aucune décision n'avait été prise. Le gouvernement "
  "n'envisage pas, en revanche, de céder à Kiev les systèmes antiaériens commandés pour la défense du territoire "
  "belge. En mai 2024, le Premier ministre de l'époque, Alexander De Croo, avait signé avec Volodymyr Zelensky un "
  "accord de sécurité de dix ans. Le Vlaams Belang a dénoncé des dépenses engagées « au détriment des Belges ». "
  "L'ambassade de Russie a qualifié la livraison des F-16 d'« escalade dangereuse ». Kiev, qui réclame davantage "
  "d'avions de combat, n'a pas réagi officiellement.",
  [
      R("BEL", "PLEDGES", "funding", "pledged",
        "La Belgique consacrera un milliard d'euros à l'aide militaire à l'Ukraine cette année"),
      R("BEL", "PLEDGES", "aircraft", "pledged",
        "les deux premiers F-16 belges seraient livrés à Kiev avant la fin de l'année"),
      R("BEL", "PLEDGES", "weapons", "pledged",
        "Bruxelles financera aussi la fabrication de drones par des entreprises ukrainiennes"),
      R("BEL", "PLEDGES", "training", "delivered",
        "Des techniciens belges forment déjà des mécaniciens ukrainiens à l'entretien des F-16"),
      R("BEL", "PLEDGES", "peacekeeping", "considering",
        "Interrogé sur une éventuelle participation belge à une force de réassurance après un cessez-le-feu, il a répondu que « rien n'est exclu »"),
      R("BEL", "DECLINES", "air_defense", "refused",
        "Le gouvernement n'envisage pas, en revanche, de céder à Kiev les systèmes antiaériens commandés pour la défense du territoire belge"),
      R("BEL", "PLEDGES", "security_guarantee", "signed",
        "Alexander De Croo, avait signé avec Volodymyr Zelensky un accord de sécurité de dix ans"),
      R("BEL", "COORDINATES", "UKR", "delivered",
        "Alexander De Croo, avait signé avec Volodymyr Zelensky un accord de sécurité de dix ans"),
      R("RUS", "OPPOSES", "aircraft", "pledged",
        "L'ambassade de Russie a qualifié la livraison des F-16 d'« escalade dangereuse »"),
  ])

A("blind7-fr-002", "2024-12-19", "À Bruxelles, un dîner chez Mark Rutte autour de Zelensky avant le retour de Trump",
  "BRUXELLES – Le secrétaire général de l'OTAN, Mark Rutte, a réuni mercredi soir dans sa résidence bruxelloise "
  "Volodymyr Zelensky et une poignée de dirigeants européens pour parler du soutien à l'Ukraine avant le retour de "
  "Donald Trump à la Maison Blanche. Autour de la table figuraient notamment Emmanuel Macron, Olaf Scholz, Giorgia "
  "Meloni, Donald Tusk, Mette Frederiksen et le Néerlandais Dick Schoof, ainsi que les présidents du Conseil européen "
  "et de la Commission. Les participants sont convenus de fournir en priorité à Kiev des systèmes de défense aérienne "
  "supplémentaires, a indiqué un porte-parole de l'Alliance. Selon un diplomate, M. Macron a de nouveau évoqué l'idée "
  "d'une présence militaire européenne en Ukraine après un cessez-le-feu, sans que ses homologues s'engagent. M. Tusk "
  "a fait savoir que la Pologne n'avait pas l'intention d'envoyer des soldats en Ukraine. Mme Meloni a jugé « "
  "prématuré » de parler de troupes. M. Scholz a rappelé que l'Allemagne restait le premier fournisseur européen "
  "d'armes de l'Ukraine. Il a ajouté que Berlin livrerait encore un système Iris-T avant la fin de l'année. Le "
  "président ukrainien a répété que seule une invitation à rejoindre l'OTAN offrirait une garantie suffisante. Le "
  "lendemain, les Vingt-Sept ont réaffirmé au Conseil européen leur soutien à l'Ukraine « aussi longtemps que "
  "nécessaire ». Le Kremlin a jugé que toute présence de soldats européens en Ukraine serait « inacceptable ». La "
  "Hongrie n'était pas représentée au dîner.",
  [
      R("NATO", "COORDINATES", "UKR", "delivered",
        "Le secrétaire général de l'OTAN, Mark Rutte, a réuni mercredi soir dans sa résidence bruxelloise Volodymyr Zelensky et une poignée de dirigeants européens"),
      R("NATO", "COORDINATES", "GROUP", "delivered",
        "Le secrétaire général de l'OTAN, Mark Rutte, a réuni mercredi soir dans sa résidence bruxelloise Volodymyr Zelensky et une poignée de dirigeants européens"),
      R("FRA", "COORDINATES", "NATO", "delivered", "Autour de la table figuraient notamment Emmanuel Macron"),
      R("DEU", "COORDINATES", "NATO", "delivered", "Autour de la table figuraient notamment Emmanuel Macron, Olaf Scholz"),
      R("ITA", "COORDINATES", "NATO", "delivered",
        "Autour de la table figuraient notamment Emmanuel Macron, Olaf Scholz, Giorgia Meloni"),
      R("POL", "COORDINATES", "NATO", "delivered",
        "Autour de la table figuraient notamment Emmanuel Macron, Olaf Scholz, Giorgia Meloni, Donald Tusk"),
      R("DNK", "COORDINATES", "NATO", "delivered",
        "Autour de la table figuraient notamment Emmanuel Macron, Olaf Scholz, Giorgia Meloni, Donald Tusk, Mette Frederiksen"),
      R("NLD", "COORDINATES", "NATO", "delivered", "Mette Frederiksen et le Néerlandais Dick Schoof"),
      R("EU", "COORDINATES", "NATO", "delivered",
        "ainsi que les présidents du Conseil européen et de la Commission"),
      R("GROUP", "PLEDGES", "air_defense", "pledged",
        "Les participants sont convenus de fournir en priorité à Kiev des systèmes de défense aérienne supplémentaires"),
      R("FRA", "PLEDGES", "troops", "considering",
        "M. Macron a de nouveau évoqué l'idée d'une présence militaire européenne en Ukraine après un cessez-le-feu"),
      R("POL", "DECLINES", "troops", "refused",
        "la Pologne n'avait pas l'intention d'envoyer des soldats en Ukraine"),
      R("DEU", "PLEDGES", "weapons", "delivered",
        "l'Allemagne restait le premier fournisseur européen d'armes de l'Ukraine"),
      R("DEU", "PLEDGES", "air_defense", "pledged",
        "Il a ajouté que Berlin livrerait encore un système Iris-T avant la fin de l'année"),
      R("RUS", "OPPOSES", "troops", "pledged",
        "Le Kremlin a jugé que toute présence de soldats européens en Ukraine serait « inacceptable »"),
  ])

A("blind7-fr-003", "2025-06-10", "Prague livre de nouveaux obusiers à l'Ukraine",
  "PRAGUE, 10 juin (dépêche) – La République tchèque a livré à l'Ukraine une nouvelle série d'obusiers automoteurs de "
  "fabrication tchèque, a annoncé mardi le ministère tchèque de la Défense. Les Pays-Bas ont financé une partie de ces "
  "obusiers, a précisé le ministère. La ministre Jana Cernochova n'a pas indiqué le nombre de pièces, invoquant des "
  "raisons de sécurité. Prague a par ailleurs promis de former cet été des artilleurs ukrainiens sur le sol tchèque. "
  "Depuis 2022, la République tchèque a fourni à Kiev des chars T-72, des lance-roquettes et des hélicoptères "
  "d'attaque, selon le ministère. Le gouvernement envisage aussi de céder des systèmes antiaériens portables. Moscou a "
  "dénoncé des livraisons qui « prolongent le conflit ». Le chef de l'opposition, Andrej Babis, a promis de revoir "
  "l'aide à l'Ukraine s'il revenait au pouvoir. Kiev a salué la livraison et réclamé davantage d'obus de 155 mm. Le "
  "ministre ukrainien de la Défense, Roustem Oumerov, est attendu à Prague la semaine prochaine.",
  [
      R("CZE", "PLEDGES", "weapons", "delivered",
        "La République tchèque a livré à l'Ukraine une nouvelle série d'obusiers automoteurs de fabrication tchèque"),
      R("NLD", "PLEDGES", "funding", "delivered", "Les Pays-Bas ont financé une partie de ces obusiers"),
      R("NLD", "PLEDGES", "weapons", "delivered", "Les Pays-Bas ont financé une partie de ces obusiers"),
      R("CZE", "PLEDGES", "training", "pledged",
        "Prague a par ailleurs promis de former cet été des artilleurs ukrainiens sur le sol tchèque"),
      R("CZE", "PLEDGES", "aircraft", "delivered",
        "la République tchèque a fourni à Kiev des chars T-72, des lance-roquettes et des hélicoptères d'attaque"),
      R("CZE", "PLEDGES", "air_defense", "considering",
        "Le gouvernement envisage aussi de céder des systèmes antiaériens portables"),
      R("RUS", "OPPOSES", "weapons", "pledged", "Moscou a dénoncé des livraisons qui « prolongent le conflit »"),
      R("UKR", "COORDINATES", "CZE", "planned",
        "Le ministre ukrainien de la Défense, Roustem Oumerov, est attendu à Prague la semaine prochaine"),
  ])

A("blind7-fr-004", "2024-07-06", "La « mission de paix » de Viktor Orbán à Moscou provoque un tollé en Europe",
  "La visite surprise du Premier ministre hongrois Viktor Orbán à Moscou, où il s'est entretenu vendredi avec "
  "Vladimir Poutine, a déclenché une vague de critiques dans l'Union européenne. Quelques jours plus tôt, M. Orbán "
  "s'était rendu à Kiev, où il avait proposé à Volodymyr Zelensky un cessez-le-feu rapide. Le président du Conseil "
  "européen, Charles Michel, a rappelé que la présidence tournante hongroise n'avait « aucun mandat » pour négocier au "
  "nom des Vingt-Sept. Le chef de la diplomatie européenne, Josep Borrell, a souligné que l'Union continuerait de "
  "financer des armes pour l'Ukraine par la facilité européenne pour la paix. Le Premier ministre polonais Donald Tusk "
  "s'est demandé sur les réseaux sociaux si les rumeurs d'un voyage à Moscou pouvaient être vraies. À Washington, le "
  "département d'Etat a estimé que ce déplacement ne ferait pas avancer la paix. Le Kremlin a salué la démarche de M. "
  "Orbán et répété que les livraisons d'armes occidentales à Kiev étaient un obstacle à tout règlement. M. Poutine a "
  "de nouveau exigé que l'Ukraine renonce à entrer dans l'OTAN. Budapest a réaffirmé qu'elle n'enverrait ni armes ni "
  "soldats en Ukraine. La Hongrie continue par ailleurs de bloquer le remboursement aux Etats membres de plusieurs "
  "milliards d'euros d'armes livrées à Kiev. M. Orbán a annoncé qu'il se rendrait ensuite à Pékin. Kiev a fait savoir "
  "qu'elle n'avait pas été consultée sur l'étape moscovite.",
  [
      R("HUN", "COORDINATES", "RUS", "delivered",
        "La visite surprise du Premier ministre hongrois Viktor Orbán à Moscou, où il s'est entretenu vendredi avec Vladimir Poutine"),
      R("HUN", "COORDINATES", "UKR", "delivered",
        "Quelques jours plus tôt, M. Orbán s'était rendu à Kiev, où il avait proposé à Volodymyr Zelensky un cessez-le-feu rapide"),
      R("EU", "PLEDGES", "funding", "delivered",
        "l'Union continuerait de financer des armes pour l'Ukraine par la facilité européenne pour la paix"),
      R("EU", "PLEDGES", "weapons", "delivered",
        "l'Union continuerait de financer des armes pour l'Ukraine par la facilité européenne pour la paix"),
      R("RUS", "OPPOSES", "weapons", "pledged",
        "répété que les livraisons d'armes occidentales à Kiev étaient un obstacle à tout règlement"),
      R("RUS", "OPPOSES", "nato_membership", "pledged",
        "M. Poutine a de nouveau exigé que l'Ukraine renonce à entrer dans l'OTAN"),
      R("HUN", "DECLINES", "weapons", "refused", "Budapest a réaffirmé qu'elle n'enverrait ni armes ni soldats en Ukraine"),
      R("HUN", "DECLINES", "troops", "refused", "Budapest a réaffirmé qu'elle n'enverrait ni armes ni soldats en Ukraine"),
      R("HUN", "OPPOSES", "funding", "pledged",
        "La Hongrie continue par ailleurs de bloquer le remboursement aux Etats membres de plusieurs milliards d'euros d'armes livrées à Kiev"),
      R("HUN", "COORDINATES", "CHN", "planned", "M. Orbán a annoncé qu'il se rendrait ensuite à Pékin"),
  ])

# ----------------------------------------------------------------------------------------------------------------
# GERMAN
# ----------------------------------------------------------------------------------------------------------------

A("blind7-de-001", "2025-02-11", "Dänemark finanziert weitere Waffenproduktion in der Ukraine",
  "Dänemark stellt der Ukraine weitere 6,5 Milliarden Kronen für den Kauf von Haubitzen und Langstreckendrohnen bei "
  "ukrainischen Herstellern bereit, teilte das Verteidigungsministerium in Kopenhagen am Dienstag mit. Das sogenannte "
  "dänische Modell, bei dem Geberländer die Produktion in ukrainischen Fabriken bezahlen, gilt unter Fachleuten als "
  "schnell und vergleichsweise günstig. Ein Teil des Geldes stammt nach Angaben von Verteidigungsminister Troels Lund "
  "Poulsen aus Erlösen eingefrorener russischer Vermögen, die die EU an Dänemark überwiesen hat. Schweden und Kanada "
  "haben sich dem Modell bereits angeschlossen, Norwegen prüft eine Beteiligung. Außerdem will Kopenhagen ukrainischen "
  "Rüstungsfirmen erlauben, auf dänischem Boden zu produzieren. Poulsen betonte, Dänemark werde seine Zusage über die "
  "F-16-Kampfjets vollständig erfüllen. Ob dänische Soldaten sich an einer möglichen Friedenstruppe beteiligen "
  "würden, ließ er offen. Die Ukraine hofft, dass weitere Länder dem Beispiel folgen, da ihre Fabriken nach "
  "Regierungsangaben nur zu etwa einem Drittel ausgelastet sind. Moskau warf Kopenhagen vor, mit der Finanzierung "
  "ukrainischer Waffen den Krieg zu verlängern. Die Opposition im Folketing trägt die Hilfe weitgehend mit.",
  [
      R("DNK", "PLEDGES", "funding", "pledged",
        "Dänemark stellt der Ukraine weitere 6,5 Milliarden Kronen für den Kauf von Haubitzen und Langstreckendrohnen bei ukrainischen Herstellern bereit"),
      R("DNK", "PLEDGES", "weapons", "pledged",
        "Dänemark stellt der Ukraine weitere 6,5 Milliarden Kronen für den Kauf von Haubitzen und Langstreckendrohnen bei ukrainischen Herstellern bereit"),
      R("EU", "PLEDGES", "funding", "delivered",
        "aus Erlösen eingefrorener russischer Vermögen, die die EU an Dänemark überwiesen hat"),
      R("SWE", "PLEDGES", "funding", "pledged", "Schweden und Kanada haben sich dem Modell bereits angeschlossen"),
      R("SWE", "PLEDGES", "weapons", "pledged", "Schweden und Kanada haben sich dem Modell bereits angeschlossen"),
      R("CAN", "PLEDGES", "funding", "pledged", "Schweden und Kanada haben sich dem Modell bereits angeschlossen"),
      R("CAN", "PLEDGES", "weapons", "pledged", "Schweden und Kanada haben sich dem Modell bereits angeschlossen"),
      R("NOR", "PLEDGES", "funding", "considering", "Norwegen prüft eine Beteiligung"),
      R("NOR", "PLEDGES", "weapons", "considering", "Norwegen prüft eine Beteiligung"),
      R("DNK", "PLEDGES", "technical_assistance", "willing",
        "Außerdem will Kopenhagen ukrainischen Rüstungsfirmen erlauben, auf dänischem Boden zu produzieren"),
      R("DNK", "PLEDGES", "aircraft", "pledged",
        "Dänemark werde seine Zusage über die F-16-Kampfjets vollständig erfüllen"),
      R("RUS", "OPPOSES", "funding", "pledged",
        "Moskau warf Kopenhagen vor, mit der Finanzierung ukrainischer Waffen den Krieg zu verlängern"),
      R("RUS", "OPPOSES", "weapons", "pledged",
        "Moskau warf Kopenhagen vor, mit der Finanzierung ukrainischer Waffen den Krieg zu verlängern"),
  ])

A("blind7-de-002", "2024-10-09", "Gipfel in Dubrovnik: Südosteuropa stellt sich hinter Kiew",
  "DUBROVNIK – Beim Gipfel der Ukraine mit den Staaten Südosteuropas haben die Teilnehmer am Mittwoch in einer "
  "gemeinsamen Erklärung den Weg der Ukraine in die Nato als unumkehrbar bezeichnet. Gastgeber war der kroatische "
  "Ministerpräsident Andrej Plenković, der den ukrainischen Präsidenten Wolodymyr Selenskyj in der Altstadt empfing. "
  "Zu den rund ein Dutzend Delegationen gehörten auch die Regierungschefs Griechenlands, Albaniens und Bulgariens. "
  "Kroatien werde weiterhin ukrainische Soldaten ausbilden, sagte Plenković. Zudem sagte Zagreb Hilfe bei der Räumung "
  "von Minen auf ukrainischen Feldern zu. Griechenland kündigte an, ein Wiederaufbauprojekt in der Region Odessa zu "
  "finanzieren. Der serbische Präsident Aleksandar Vučić reiste zwar an, unterzeichnete die Erklärung aber nicht. Die "
  "Teilnehmer verpflichteten sich außerdem, gemeinsam mehr Munition für die Ukraine herzustellen. Selenskyj warb in "
  "Dubrovnik für seinen Siegesplan und bat um zusätzliche Flugabwehr. Ungarn war nicht vertreten. Moskau nannte das "
  "Treffen eine „Show“ ohne jede Bedeutung.",
  [
      R("GROUP", "SUPPORTS", "nato_membership", "pledged",
        "haben die Teilnehmer am Mittwoch in einer gemeinsamen Erklärung den Weg der Ukraine in die Nato als unumkehrbar bezeichnet"),
      R("HRV", "COORDINATES", "GROUP", "delivered", "Gastgeber war der kroatische Ministerpräsident Andrej Plenković"),
      R("UKR", "COORDINATES", "HRV", "delivered",
        "der den ukrainischen Präsidenten Wolodymyr Selenskyj in der Altstadt empfing"),
      R("GRC", "COORDINATES", "HRV", "delivered",
        "Zu den rund ein Dutzend Delegationen gehörten auch die Regierungschefs Griechenlands, Albaniens und Bulgariens"),
      R("ALB", "COORDINATES", "HRV", "delivered",
        "Zu den rund ein Dutzend Delegationen gehörten auch die Regierungschefs Griechenlands, Albaniens und Bulgariens"),
      R("BGR", "COORDINATES", "HRV", "delivered",
        "Zu den rund ein Dutzend Delegationen gehörten auch die Regierungschefs Griechenlands, Albaniens und Bulgariens"),
      R("HRV", "PLEDGES", "training", "delivered", "Kroatien werde weiterhin ukrainische Soldaten ausbilden"),
      R("HRV", "PLEDGES", "technical_assistance", "pledged",
        "Zudem sagte Zagreb Hilfe bei der Räumung von Minen auf ukrainischen Feldern zu"),
      R("GRC", "PLEDGES", "funding", "pledged",
        "Griechenland kündigte an, ein Wiederaufbauprojekt in der Region Odessa zu finanzieren"),
      R("SRB", "COORDINATES", "HRV", "delivered", "Der serbische Präsident Aleksandar Vučić reiste zwar an"),
      R("GROUP", "PLEDGES", "ammunition", "pledged",
        "Die Teilnehmer verpflichteten sich außerdem, gemeinsam mehr Munition für die Ukraine herzustellen"),
  ])

A("blind7-de-003", "2024-05-13", "Österreich zahlt für Minenräumung in der Ukraine – Waffen bleiben tabu",
  "Wien (dpa) - Österreich stellt der Ukraine weitere zehn Millionen Euro für die Räumung von Minen zur Verfügung. Das "
  "teilte das Außenministerium am Montag mit. Waffen oder Munition werde das neutrale Land auch künftig nicht liefern, "
  "betonte Außenminister Alexander Schallenberg. An Waffenkäufen über die Europäische Friedensfazilität beteilige sich "
  "Wien ebenfalls nicht, sein Beitrag fließe ausschließlich in nicht-tödliche Ausrüstung. Seit Kriegsbeginn hat "
  "Österreich Hilfsgüter wie Medikamente, Generatoren und Decken in die Ukraine geschickt. Schallenberg zufolge könnte "
  "sich das Land an einer Beobachtermission beteiligen, sobald eine Waffenruhe gilt. Die FPÖ kritisierte die Zahlungen "
  "als Verstoß gegen die Neutralität. Die ukrainische Botschaft bedankte sich, bat aber zugleich um mehr Unterstützung "
  "bei der Luftverteidigung. Die russische Botschaft äußerte sich zunächst nicht. Schallenberg reist in der kommenden "
  "Woche nach Kiew.",
  [
      R("AUT", "PLEDGES", "funding", "pledged",
        "Österreich stellt der Ukraine weitere zehn Millionen Euro für die Räumung von Minen zur Verfügung"),
      R("AUT", "PLEDGES", "technical_assistance", "pledged",
        "Österreich stellt der Ukraine weitere zehn Millionen Euro für die Räumung von Minen zur Verfügung"),
      R("AUT", "DECLINES", "weapons", "refused",
        "Waffen oder Munition werde das neutrale Land auch künftig nicht liefern"),
      R("AUT", "DECLINES", "ammunition", "refused",
        "Waffen oder Munition werde das neutrale Land auch künftig nicht liefern"),
      R("AUT", "DECLINES", "funding", "refused",
        "An Waffenkäufen über die Europäische Friedensfazilität beteilige sich Wien ebenfalls nicht"),
      R("AUT", "PLEDGES", "humanitarian", "delivered",
        "Seit Kriegsbeginn hat Österreich Hilfsgüter wie Medikamente, Generatoren und Decken in die Ukraine geschickt"),
      R("AUT", "PLEDGES", "border_monitoring", "considering",
        "Schallenberg zufolge könnte sich das Land an einer Beobachtermission beteiligen, sobald eine Waffenruhe gilt"),
      R("AUT", "COORDINATES", "UKR", "planned", "Schallenberg reist in der kommenden Woche nach Kiew"),
  ])

A("blind7-de-004", "2025-05-20", "Nach Trumps Telefonat mit Putin setzen die Europäer auf Sanktionen",
  "Nach dem mehr als zweistündigen Telefonat zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin am Montag "
  "haben die Europäer neuen Druck auf Moskau angekündigt. Die EU-Außenminister beschlossen am Dienstag in Brüssel das "
  "siebzehnte Sanktionspaket gegen Russland, das vor allem die sogenannte Schattenflotte trifft. Auch London verhängte "
  "am selben Tag neue Strafmaßnahmen. Bundeskanzler Friedrich Merz sagte, Deutschland werde die Ukraine weiter mit "
  "Waffen unterstützen. Merz hatte nach eigenen Angaben noch am Montagabend gemeinsam mit Emmanuel Macron, Keir "
  "Starmer, Giorgia Meloni und Alexander Stubb mit Trump telefoniert. Trump erklärte nach dem Gespräch, Russland und "
  "die Ukraine würden „sofort“ Verhandlungen über eine Waffenruhe aufnehmen. Neue Sanktionen gegen Moskau lehnte der "
  "US-Präsident jedoch vorerst ab. Kremlsprecher Dmitri Peskow erklärte, die Europäer sollten aufhören, Kiew mit "
  "Waffen zu versorgen. Selenskyj warnte, Moskau wolle nur Zeit gewinnen. Ob Washington die Waffenlieferungen "
  "fortsetzen werde, ließ das Weiße Haus offen. Der slowakische Regierungschef Robert Fico kritisierte die neuen "
  "Sanktionen als wirkungslos.",
  [
      R("USA", "COORDINATES", "RUS", "delivered",
        "Nach dem mehr als zweistündigen Telefonat zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin am Montag"),
      R("EU", "PLEDGES", "sanctions", "delivered",
        "Die EU-Außenminister beschlossen am Dienstag in Brüssel das siebzehnte Sanktionspaket gegen Russland"),
      R("GBR", "PLEDGES", "sanctions", "delivered", "Auch London verhängte am selben Tag neue Strafmaßnahmen"),
      R("DEU", "PLEDGES", "weapons", "delivered", "Deutschland werde die Ukraine weiter mit Waffen unterstützen"),
      R("DEU", "COORDINATES", "USA", "delivered",
        "Merz hatte nach eigenen Angaben noch am Montagabend gemeinsam mit Emmanuel Macron, Keir Starmer, Giorgia Meloni und Alexander Stubb mit Trump telefoniert"),
      R("FRA", "COORDINATES", "USA", "delivered",
        "Merz hatte nach eigenen Angaben noch am Montagabend gemeinsam mit Emmanuel Macron, Keir Starmer, Giorgia Meloni und Alexander Stubb mit Trump telefoniert"),
      R("GBR", "COORDINATES", "USA", "delivered",
        "Merz hatte nach eigenen Angaben noch am Montagabend gemeinsam mit Emmanuel Macron, Keir Starmer, Giorgia Meloni und Alexander Stubb mit Trump telefoniert"),
      R("ITA", "COORDINATES", "USA", "delivered",
        "Merz hatte nach eigenen Angaben noch am Montagabend gemeinsam mit Emmanuel Macron, Keir Starmer, Giorgia Meloni und Alexander Stubb mit Trump telefoniert"),
      R("FIN", "COORDINATES", "USA", "delivered",
        "Merz hatte nach eigenen Angaben noch am Montagabend gemeinsam mit Emmanuel Macron, Keir Starmer, Giorgia Meloni und Alexander Stubb mit Trump telefoniert"),
      R("RUS", "COORDINATES", "UKR", "planned",
        "Russland und die Ukraine würden „sofort“ Verhandlungen über eine Waffenruhe aufnehmen"),
      R("USA", "DECLINES", "sanctions", "refused",
        "Neue Sanktionen gegen Moskau lehnte der US-Präsident jedoch vorerst ab"),
      R("RUS", "OPPOSES", "weapons", "pledged",
        "Kremlsprecher Dmitri Peskow erklärte, die Europäer sollten aufhören, Kiew mit Waffen zu versorgen"),
      R("SVK", "OPPOSES", "sanctions", "pledged",
        "Der slowakische Regierungschef Robert Fico kritisierte die neuen Sanktionen als wirkungslos"),
  ])


def main():
    out = {lang: [] for lang in ("it", "en", "fr", "de")}
    bad = []
    for aid, date, title, text, gold in ARTICLES:
        lang = aid.split("-")[1]
        t, x = typo(lang, title), typo(lang, text)
        rows = []
        for r in gold:
            r = dict(r)
            r["quote"] = typo(lang, r["quote"])
            if r["quote"] not in x:
                bad.append(f"{aid}: quote not in text: {r['quote'][:80]!r}")
            rows.append(r)
        out[lang].append(dict(id=aid, language=lang, title=t, published_at=date, text=x, gold=rows))
    if bad:
        print("\n".join(bad), file=sys.stderr)
        sys.exit(1)
    for lang, arts in out.items():
        with open(os.path.join(HERE, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for a in arts:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print("wrote", ", ".join(f"{l}.jsonl ({len(a)})" for l, a in out.items()))


if __name__ == "__main__":
    main()
