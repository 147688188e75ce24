#!/usr/bin/env python3
"""Build the blind6 gold set: articles and gold rows in one place.

    python3 build.py            # writes it.jsonl, en.jsonl, fr.jsonl, de.jsonl next to this file

Typography is applied to title, text and quotes alike, so every quote stays an exact substring of its text:
- en: straight apostrophe -> ’
- fr: straight apostrophe -> ’; no-break space inside « » and before ? ! : ;
- de: „…“ typed directly; it: «…» / “…” typed directly (apostrophes stay straight in Italian).
Paragraphs (Q&A turns, live-blog entries, feature paragraphs) are joined with a blank line ("\\n\\n").
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"


def typo(lang, s):
    if s is None:
        return s
    if lang in ("en", "fr"):
        s = s.replace("'", "’")
    if lang == "fr":
        s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
        s = re.sub(r" ([?!:;])", NBSP + r"\1", s)
    return s


def row(s, rel, k, m, q):
    if k == "sanctions":
        b, t = None, "RUS"
    else:
        b, t = "UKR", None
    return {"subject": s, "relation": rel, "kind": k, "beneficiary": b, "target": t, "modality": m, "quote": q}


def P(s, k, m, q):
    return row(s, "PLEDGES", k, m, q)


def S(s, k, m, q):
    return row(s, "SUPPORTS", k, m, q)


def O(s, k, m, q):
    return row(s, "OPPOSES", k, m, q)


def D(s, k, q):
    return row(s, "DECLINES", k, "refused", q)


def C(s, t, m, q):
    return {"subject": s, "relation": "COORDINATES", "kind": None, "beneficiary": None, "target": t, "modality": m,
            "quote": q}


ARTICLES = []


def A(lang, num, date, title, paras, gold):
    if isinstance(paras, str):
        paras = [paras]
    ARTICLES.append({"id": f"blind6-{lang}-{num:03d}", "language": lang, "title": title, "published_at": date,
                     "text": "\n\n".join(paras), "gold": gold})


# =====================================================================================================================
# ENGLISH
# =====================================================================================================================

# en-001 straight news: the House passes the Ukraine aid bill (April 2024)
A("en", 1, "2024-04-21", "House clears $61bn for Ukraine after six-month standoff",
  "WASHINGTON, April 20 – The House of Representatives voted on Saturday to approve about $61 billion in assistance "
  "for Ukraine, ending a six-month standoff that had left Ukrainian gunners rationing shells. "
  "The measure also pays for the training of Ukrainian troops and for intelligence support, according to a summary "
  "circulated "
  "by the appropriations committee. "
  "The Senate is expected to pass the measure within days, and the president has said he will sign it as soon as it "
  "reaches him. "
  "Pentagon officials said the first shipments of artillery rounds and air-defence interceptors would leave within a "
  "week of the signature. "
  "Roughly a third of the money is meant to replenish American stocks, a point Republicans stressed throughout the "
  "debate. "
  "The speaker, who had kept the bill off the floor since the autumn, told reporters he had changed his mind after "
  "classified briefings. "
  "Dozens of Republicans aligned with Donald Trump voted against it. "
  "In Kyiv, President Volodymyr Zelensky thanked lawmakers and asked for more Patriot systems as soon as possible. "
  "Britain, which is preparing its own record package, welcomed the vote. "
  "The Kremlin said the new money would only prolong the war and enrich American arms makers. "
  "Analysts cautioned that the aid would stabilise the front but would not on its own let Ukraine retake lost ground.",
  [
      P("USA", "funding", "pledged",
        "The House of Representatives voted on Saturday to approve about $61 billion in assistance for Ukraine"),
      P("USA", "training", "pledged",
        "The measure also pays for the training of Ukrainian troops and for intelligence support"),
      P("USA", "intelligence", "pledged",
        "The measure also pays for the training of Ukrainian troops and for intelligence support"),
      P("USA", "ammunition", "pledged",
        "Pentagon officials said the first shipments of artillery rounds and air-defence interceptors would leave "
        "within a week of the signature"),
      P("USA", "air_defense", "pledged",
        "Pentagon officials said the first shipments of artillery rounds and air-defence interceptors would leave "
        "within a week of the signature"),
      P("GBR", "weapons", "planned", "Britain, which is preparing its own record package, welcomed the vote"),
      S("GBR", "funding", "pledged", "Britain, which is preparing its own record package, welcomed the vote"),
      O("RUS", "funding", "pledged",
        "The Kremlin said the new money would only prolong the war and enrich American arms makers"),
  ])

# en-002 summit wrap-up: leaders in Kyiv on the third anniversary (February 2025)
A("en", 2, "2025-02-24", "Anniversary summit in Kyiv: new money from Brussels and Madrid, a pointed absence from "
                         "Washington",
  "KYIV, Feb 24 – Around a dozen European leaders and the heads of the EU's main institutions travelled to Kyiv on "
  "Monday to mark three years since Russia's full-scale invasion, most of them on the same overnight train. "
  "President Volodymyr Zelensky hosted the gathering, while some two dozen other governments joined by video link. "
  "Commission President Ursula von der Leyen said a further €3.5 billion would reach Ukraine in March, part of it "
  "drawn from the proceeds of immobilised Russian assets. "
  "She also promised to speed up weapons deliveries, though she gave no figure. "
  "Among the visitors, Spain's prime minister Pedro Sánchez announced €1 billion in military assistance for this "
  "year and said Madrid would train more Ukrainian soldiers on Spanish soil. "
  "Canada's Justin Trudeau, also in Kyiv, said Ottawa had imposed sanctions on dozens of additional Russian "
  "individuals and firms and that the first of the armoured vehicles it had promised would arrive within weeks. "
  "The three Baltic states, whose leaders rode the same train, repeated their pledge to spend a quarter of one per "
  "cent of their economic output on military aid to Ukraine every year. "
  "The British prime minister, who joined by video, said London would keep up its £3 billion a year for as long as "
  "it takes. "
  "Notably absent was any senior envoy from Washington, which had just declined to back a UN resolution naming "
  "Russia as the aggressor. "
  "Zelensky told his guests that security guarantees had to be settled before any ceasefire, and said he hoped to "
  "see European troops on Ukrainian soil. "
  "In Moscow, the Kremlin dismissed the event as a ritual and said no amount of Western money would change the "
  "situation on the ground.",
  [
      C("GROUP", "UKR", "delivered",
        "Around a dozen European leaders and the heads of the EU's main institutions travelled to Kyiv on Monday to "
        "mark three years since Russia's full-scale invasion"),
      C("EU", "UKR", "delivered",
        "Around a dozen European leaders and the heads of the EU's main institutions travelled to Kyiv on Monday to "
        "mark three years since Russia's full-scale invasion"),
      P("EU", "funding", "pledged",
        "Commission President Ursula von der Leyen said a further €3.5 billion would reach Ukraine in March"),
      P("EU", "weapons", "pledged", "She also promised to speed up weapons deliveries, though she gave no figure."),
      C("ESP", "UKR", "delivered",
        "Among the visitors, Spain's prime minister Pedro Sánchez announced €1 billion in military assistance for "
        "this year"),
      P("ESP", "funding", "pledged",
        "Among the visitors, Spain's prime minister Pedro Sánchez announced €1 billion in military assistance for "
        "this year"),
      P("ESP", "training", "pledged", "said Madrid would train more Ukrainian soldiers on Spanish soil"),
      C("CAN", "UKR", "delivered",
        "Canada's Justin Trudeau, also in Kyiv, said Ottawa had imposed sanctions on dozens of additional Russian "
        "individuals and firms"),
      P("CAN", "sanctions", "delivered",
        "Canada's Justin Trudeau, also in Kyiv, said Ottawa had imposed sanctions on dozens of additional Russian "
        "individuals and firms"),
      P("CAN", "weapons", "pledged", "the first of the armoured vehicles it had promised would arrive within weeks"),
      P("GROUP", "funding", "pledged",
        "The three Baltic states, whose leaders rode the same train, repeated their pledge to spend a quarter of one "
        "per cent of their economic output on military aid to Ukraine every year."),
      C("GBR", "UKR", "delivered",
        "The British prime minister, who joined by video, said London would keep up its £3 billion a year for as "
        "long as it takes."),
      P("GBR", "funding", "delivered",
        "The British prime minister, who joined by video, said London would keep up its £3 billion a year for as "
        "long as it takes."),
      O("RUS", "funding", "pledged",
        "the Kremlin dismissed the event as a ritual and said no amount of Western money would change the situation "
        "on the ground"),
  ])

# en-003 wire brief with dateline: US-Russian talks in Riyadh (February 2025)
A("en", 3, "2025-02-18", "US and Russian officials meet in Riyadh; Lavrov rules out NATO troops",
  "RIYADH, Feb 18 – Senior American and Russian officials met for more than four hours in the Saudi capital on "
  "Tuesday, their first substantive talks since the full-scale invasion of Ukraine. "
  "The delegations, led by Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov, agreed to appoint teams "
  "to work on a path to ending the war, according to a State Department readout. "
  "Saudi Arabia hosted the meeting at a royal palace and offered to do so again. "
  "Ukraine was not invited; speaking in Ankara after talks with President Tayyip Erdogan, Zelensky said Kyiv would "
  "not accept any outcome reached without it. "
  "Lavrov told reporters afterwards that Moscow would regard troops from NATO countries in Ukraine, under any flag, "
  "as unacceptable. "
  "Rubio said a lasting settlement would require concessions from all sides and that Europe would have a seat at "
  "the table when sanctions came up, since the European Union had imposed its own. "
  "He did not say whether Washington was prepared to ease any of its measures. "
  "A Russian investment envoy who joined the delegation claimed American companies had lost hundreds of billions of "
  "dollars by leaving Russia.",
  [
      C("USA", "RUS", "delivered",
        "Senior American and Russian officials met for more than four hours in the Saudi capital on Tuesday"),
      C("SAU", "USA", "delivered", "Saudi Arabia hosted the meeting at a royal palace and offered to do so again."),
      C("SAU", "RUS", "delivered", "Saudi Arabia hosted the meeting at a royal palace and offered to do so again."),
      C("UKR", "TUR", "delivered",
        "speaking in Ankara after talks with President Tayyip Erdogan, Zelensky said Kyiv would not accept any "
        "outcome reached without it"),
      O("RUS", "troops", "pledged",
        "Lavrov told reporters afterwards that Moscow would regard troops from NATO countries in Ukraine, under any "
        "flag, as unacceptable."),
      O("RUS", "nato_presence", "pledged",
        "Lavrov told reporters afterwards that Moscow would regard troops from NATO countries in Ukraine, under any "
        "flag, as unacceptable."),
      P("EU", "sanctions", "delivered", "since the European Union had imposed its own"),
  ])

# en-004 interview Q&A: Estonia's defence minister (April 2025)
A("en", 4, "2025-04-08", "Estonia's defence minister: ‘Russia does not get a veto’",
  [
      "Estonia has committed to spending a quarter of one per cent of its economic output on military aid to Ukraine "
      "every year; we asked its defence minister, Hanno Pevkur, in Tallinn what that buys.",
      "What has the money bought so far this year?",
      "Mostly ammunition and drones made in Ukraine itself, and we keep training Ukrainian soldiers on our own ranges.",
      "Have other allies followed the Estonian example?",
      "Our Baltic neighbours signed up straight away, while a few others are still thinking about it.",
      "If a ceasefire is agreed, would Estonia send soldiers to Ukraine?",
      "We are ready to contribute a company of soldiers to a reassurance force once a ceasefire holds.",
      "Moscow says any Western soldier in Ukraine would be a legitimate target.",
      "Russia does not get a veto over what sovereign states decide.",
      "And NATO membership for Ukraine?",
      "Ukraine's place is in the alliance, even if it will not happen this year.",
      "Do you coordinate with Helsinki and Riga?",
      "Every week; I spoke to my Finnish counterpart on Tuesday about joint purchases for Ukraine.",
  ],
  [
      P("EST", "funding", "pledged",
        "Estonia has committed to spending a quarter of one per cent of its economic output on military aid to "
        "Ukraine every year"),
      P("EST", "ammunition", "delivered",
        "Mostly ammunition and drones made in Ukraine itself, and we keep training Ukrainian soldiers on our own "
        "ranges."),
      P("EST", "weapons", "delivered",
        "Mostly ammunition and drones made in Ukraine itself, and we keep training Ukrainian soldiers on our own "
        "ranges."),
      P("EST", "training", "delivered",
        "Mostly ammunition and drones made in Ukraine itself, and we keep training Ukrainian soldiers on our own "
        "ranges."),
      P("GROUP", "funding", "pledged",
        "Our Baltic neighbours signed up straight away, while a few others are still thinking about it."),
      P("EST", "troops", "willing",
        "We are ready to contribute a company of soldiers to a reassurance force once a ceasefire holds."),
      O("RUS", "troops", "pledged", "Moscow says any Western soldier in Ukraine would be a legitimate target."),
      S("EST", "nato_membership", "pledged",
        "Ukraine's place is in the alliance, even if it will not happen this year."),
      C("EST", "FIN", "delivered",
        "Every week; I spoke to my Finnish counterpart on Tuesday about joint purchases for Ukraine."),
      C("EST", "LVA", "delivered",
        "Every week; I spoke to my Finnish counterpart on Tuesday about joint purchases for Ukraine."),
  ])

# en-005 reaction roundup: after the Anchorage summit (August 2025)
A("en", 5, "2025-08-17", "After Anchorage, Europe presses Washington on what its guarantees would mean",
  "European governments spent the weekend trying to work out what President Donald Trump had agreed with Vladimir "
  "Putin in Anchorage, where the two men talked for nearly three hours on Friday without announcing a ceasefire. "
  "Trump's envoy Steve Witkoff said on Sunday that Washington could take part in offering Ukraine protection "
  "resembling NATO's Article 5, and that Moscow had not objected. "
  "Whether that would involve any American soldiers was left unclear, and the White House declined to elaborate. "
  "In a joint statement, European leaders said Ukraine must have ironclad guarantees and that the coalition of the "
  "willing stood ready to play an active part in them. "
  "The British prime minister, the French president and the German chancellor co-chaired a video call of the "
  "coalition on Sunday afternoon. "
  "The Kremlin repeated that it would not accept troops from NATO countries on Ukrainian soil in any form. "
  "In Warsaw, the prime minister said Poland would not send soldiers to Ukraine but would serve as the logistics hub "
  "for any force. "
  "Hungary's prime minister hailed the summit as a step toward peace and said Budapest would take no part in any "
  "guarantees. "
  "Zelensky, who was not invited to Anchorage, spoke to Trump by phone on Saturday and said Kyiv wanted a real peace "
  "rather than a pause. "
  "Analysts in Brussels noted that an Article 5-style promise made outside NATO would only be as strong as the "
  "guarantor's willingness to act. "
  "Turkey's foreign minister said Ankara remained ready to help secure the Black Sea if a settlement was reached.",
  [
      C("USA", "RUS", "delivered",
        "European governments spent the weekend trying to work out what President Donald Trump had agreed with "
        "Vladimir Putin in Anchorage"),
      P("USA", "security_guarantee", "considering",
        "Trump's envoy Steve Witkoff said on Sunday that Washington could take part in offering Ukraine protection "
        "resembling NATO's Article 5"),
      S("GROUP", "security_guarantee", "pledged",
        "In a joint statement, European leaders said Ukraine must have ironclad guarantees"),
      P("COALITION_OF_THE_WILLING", "security_guarantee", "willing",
        "the coalition of the willing stood ready to play an active part in them"),
      C("GBR", "COALITION_OF_THE_WILLING", "delivered",
        "The British prime minister, the French president and the German chancellor co-chaired a video call of the "
        "coalition on Sunday afternoon."),
      C("FRA", "COALITION_OF_THE_WILLING", "delivered",
        "The British prime minister, the French president and the German chancellor co-chaired a video call of the "
        "coalition on Sunday afternoon."),
      C("DEU", "COALITION_OF_THE_WILLING", "delivered",
        "The British prime minister, the French president and the German chancellor co-chaired a video call of the "
        "coalition on Sunday afternoon."),
      O("RUS", "troops", "pledged",
        "The Kremlin repeated that it would not accept troops from NATO countries on Ukrainian soil in any form."),
      O("RUS", "nato_presence", "pledged",
        "The Kremlin repeated that it would not accept troops from NATO countries on Ukrainian soil in any form."),
      D("POL", "troops",
        "the prime minister said Poland would not send soldiers to Ukraine but would serve as the logistics hub for "
        "any force"),
      P("POL", "logistics", "pledged",
        "the prime minister said Poland would not send soldiers to Ukraine but would serve as the logistics hub for "
        "any force"),
      D("HUN", "security_guarantee",
        "Hungary's prime minister hailed the summit as a step toward peace and said Budapest would take no part in "
        "any guarantees."),
      C("UKR", "USA", "delivered", "Zelensky, who was not invited to Anchorage, spoke to Trump by phone on Saturday"),
      P("TUR", "naval", "willing",
        "Turkey's foreign minister said Ankara remained ready to help secure the Black Sea if a settlement was "
        "reached."),
  ])

# en-006 analysis, few claims: Ireland's triple lock (May 2025)
A("en", 6, "2025-05-14", "Ireland's triple lock and the limits of neutral help",
  "Few debates in Dublin are as arcane, or as revealing, as the one over the so-called triple lock. "
  "The rule requires a cabinet decision, a vote in parliament and a UN mandate before more than twelve Irish "
  "soldiers can be deployed abroad on a peace mission. "
  "With Russia holding a veto on the Security Council, critics say the rule hands Moscow a say over Irish foreign "
  "policy. "
  "The government's line is that Ireland would be willing to contribute peacekeepers to Ukraine after a ceasefire, "
  "provided the mission had a UN mandate, a condition that for now cannot be met. "
  "A bill to drop the UN requirement is working its way through parliament, but it would not take effect for "
  "months. "
  "In the meantime Irish help takes other forms: the country has paid its share into the European Peace Facility "
  "for non-lethal equipment and has funded demining. "
  "Opposition parties on the left argue that scrapping the lock would pull the country toward NATO. "
  "Neutral Austria faces a similar argument, although Vienna has never tied itself to a UN mandate in law. "
  "For now, an Irish contingent in Ukraine remains a hypothetical at best.",
  [
      P("IRL", "peacekeeping", "willing",
        "The government's line is that Ireland would be willing to contribute peacekeepers to Ukraine after a "
        "ceasefire, provided the mission had a UN mandate"),
      P("IRL", "funding", "delivered",
        "the country has paid its share into the European Peace Facility for non-lethal equipment and has funded "
        "demining"),
      P("IRL", "technical_assistance", "delivered",
        "the country has paid its share into the European Peace Facility for non-lethal equipment and has funded "
        "demining"),
  ])

# en-007 live blog: the 'victory plan' day (October 2024)
A("en", 7, "2024-10-16", "Live: Zelensky unveils his ‘victory plan’ – reactions from allies and Moscow",
  [
      "09:40 – President Volodymyr Zelensky has begun presenting his five-point ‘victory plan’ to the Verkhovna Rada, "
      "starting with a call for an immediate invitation to join NATO.",
      "10:15 – The plan also asks partners to lift limits on long-range strikes and proposes a non-nuclear deterrence "
      "package stationed on Ukrainian territory, according to the text shown to lawmakers.",
      "11:30 – Lithuania's foreign minister says Vilnius backs an immediate invitation and will argue for it at next "
      "week's meetings.",
      "12:05 – In Berlin, the chancellor tells the Bundestag that an invitation for Ukraine to join NATO is not on the "
      "agenda for now.",
      "12:20 – He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones "
      "worth €1.4 billion before the end of the year.",
      "13:20 – The Kremlin spokesman says the plan shows Kyiv is not interested in peace and that NATO membership for "
      "Ukraine remains unacceptable.",
      "14:45 – Hungary's prime minister calls the plan ‘more than frightening’ and says Budapest will not support an "
      "invitation.",
      "15:10 – A White House spokesman says Washington is studying the plan closely but will not comment on the NATO "
      "question.",
      "16:30 – Zelensky says he will present the plan to EU leaders in Brussels tomorrow and to NATO defence "
      "ministers on Thursday.",
      "17:05 – NATO Secretary General Mark Rutte says allies will keep supplying Ukraine with what it needs, without "
      "endorsing a timetable for membership.",
      "18:20 – Whitehall says Britain will send more air-defence missiles before winter and will pay for long-range "
      "drones built in Ukraine.",
  ],
  [
      S("LTU", "nato_membership", "pledged",
        "Lithuania's foreign minister says Vilnius backs an immediate invitation and will argue for it at next "
        "week's meetings."),
      D("DEU", "nato_membership",
        "the chancellor tells the Bundestag that an invitation for Ukraine to join NATO is not on the agenda for "
        "now"),
      P("DEU", "air_defense", "pledged",
        "He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones worth "
        "€1.4 billion before the end of the year."),
      P("DEU", "weapons", "pledged",
        "He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones worth "
        "€1.4 billion before the end of the year."),
      P("BEL", "air_defense", "pledged",
        "He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones worth "
        "€1.4 billion before the end of the year."),
      P("BEL", "weapons", "pledged",
        "He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones worth "
        "€1.4 billion before the end of the year."),
      P("NOR", "air_defense", "pledged",
        "He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones worth "
        "€1.4 billion before the end of the year."),
      P("NOR", "weapons", "pledged",
        "He adds that Germany, together with Belgium and Norway, will deliver air-defence systems and drones worth "
        "€1.4 billion before the end of the year."),
      O("RUS", "nato_membership", "pledged",
        "The Kremlin spokesman says the plan shows Kyiv is not interested in peace and that NATO membership for "
        "Ukraine remains unacceptable."),
      O("HUN", "nato_membership", "pledged",
        "Hungary's prime minister calls the plan ‘more than frightening’ and says Budapest will not support an "
        "invitation."),
      C("UKR", "EU", "planned",
        "Zelensky says he will present the plan to EU leaders in Brussels tomorrow and to NATO defence ministers on "
        "Thursday."),
      C("UKR", "NATO", "planned",
        "Zelensky says he will present the plan to EU leaders in Brussels tomorrow and to NATO defence ministers on "
        "Thursday."),
      P("NATO", "weapons", "delivered",
        "NATO Secretary General Mark Rutte says allies will keep supplying Ukraine with what it needs"),
      P("GBR", "air_defense", "pledged",
        "Whitehall says Britain will send more air-defence missiles before winter and will pay for long-range drones "
        "built in Ukraine."),
      P("GBR", "funding", "pledged",
        "Whitehall says Britain will send more air-defence missiles before winter and will pay for long-range drones "
        "built in Ukraine."),
      P("GBR", "weapons", "pledged",
        "Whitehall says Britain will send more air-defence missiles before winter and will pay for long-range drones "
        "built in Ukraine."),
  ])

# en-008 long feature: the Dutch F-16s (May 2025)
A("en", 8, "2025-05-26", "The last of the 24: how the Dutch F-16 promise was kept",
  [
      "EINDHOVEN – When the last of 24 Dutch F-16s left for Ukraine this spring, it closed a chapter that began in "
      "the summer of 2023 with a promise many in The Hague thought would take years to keep. "
      "The defence minister confirmed the final handover last week and said the jets had arrived ahead of the "
      "schedule agreed with Kyiv.",
      "The path was anything but straight, because the jets were useless until Ukrainian pilots could fly them. "
      "Denmark, Norway and the United States trained the first pilots, while a training centre opened in Romania in "
      "late 2023 with aircraft on loan from the Netherlands. "
      "Britain taught many of them English and the basics of flying on propeller aircraft.",
      "Washington, which had to approve every transfer of the American-built jets, gave its blessing in August 2023. "
      "The first Dutch aircraft crossed into Ukraine in the autumn of 2024, in batches whose size was never "
      "disclosed.",
      "The Hague paid for more than the planes. "
      "It set aside some €300 million for munitions and spare parts for the F-16s, and a few hundred Ukrainian "
      "technicians have been trained on Dutch bases. "
      "It also handed over Patriot launchers and missiles in 2024 and has pledged €3.5 billion in military support "
      "for 2025.",
      "Not everyone followed. "
      "Sweden, whose Gripen is built for rough roads and short runways, decided in 2024 to hold back its fighters so "
      "as not to complicate the F-16 effort. "
      "Greece and Portugal, both F-16 operators, said they had none to spare.",
      "Moscow tried to make the jets a target, militarily and rhetorically. "
      "Its foreign ministry warned that F-16s able to carry nuclear weapons would be treated as a nuclear threat, "
      "wherever they took off from.",
      "Much of what the jets fire, from air-to-air missiles to guided bombs, comes from American stocks. "
      "The Netherlands and Denmark have led the so-called fighter jet coalition since it was formed. "
      "Dutch officials say they will keep paying for maintenance with the manufacturer for years, and that they are "
      "ready to train more ground crews if Kyiv asks.",
      "For Ukrainian commanders the question is now how many more jets will come, and Kyiv says it needs at least "
      "128.",
  ],
  [
      P("NLD", "aircraft", "delivered",
        "When the last of 24 Dutch F-16s left for Ukraine this spring, it closed a chapter"),
      P("DNK", "training", "delivered",
        "Denmark, Norway and the United States trained the first pilots"),
      P("NOR", "training", "delivered",
        "Denmark, Norway and the United States trained the first pilots"),
      P("USA", "training", "delivered",
        "Denmark, Norway and the United States trained the first pilots"),
      P("NLD", "training", "delivered",
        "a few hundred Ukrainian technicians have been trained on Dutch bases"),
      P("GBR", "training", "delivered",
        "Britain taught many of them English and the basics of flying on propeller aircraft."),
      S("USA", "aircraft", "pledged",
        "Washington, which had to approve every transfer of the American-built jets, gave its blessing in August "
        "2023."),
      P("NLD", "ammunition", "pledged",
        "It set aside some €300 million for munitions and spare parts for the F-16s"),
      P("NLD", "funding", "pledged",
        "It also handed over Patriot launchers and missiles in 2024 and has pledged €3.5 billion in military support "
        "for 2025."),
      P("NLD", "air_defense", "delivered",
        "It also handed over Patriot launchers and missiles in 2024 and has pledged €3.5 billion in military support "
        "for 2025."),
      D("SWE", "aircraft",
        "Sweden, whose Gripen is built for rough roads and short runways, decided in 2024 to hold back its fighters "
        "so as not to complicate the F-16 effort."),
      D("GRC", "aircraft", "Greece and Portugal, both F-16 operators, said they had none to spare."),
      D("PRT", "aircraft", "Greece and Portugal, both F-16 operators, said they had none to spare."),
      O("RUS", "aircraft", "pledged",
        "Its foreign ministry warned that F-16s able to carry nuclear weapons would be treated as a nuclear threat"),
      P("USA", "ammunition", "delivered",
        "Much of what the jets fire, from air-to-air missiles to guided bombs, comes from American stocks."),
      C("NLD", "DNK", "delivered",
        "The Netherlands and Denmark have led the so-called fighter jet coalition since it was formed."),
      P("NLD", "technical_assistance", "delivered",
        "Dutch officials say they will keep paying for maintenance with the manufacturer for years"),
  ])

# =====================================================================================================================
# ITALIAN
# =====================================================================================================================

# it-001 straight news: the decree extending arms transfers to 2025 (December 2024)
A("it", 1, "2024-12-23", "Armi a Kiev, il governo proroga l'autorizzazione per tutto il 2025",
  "ROMA – Il Consiglio dei ministri ha approvato lunedì sera il decreto che proroga fino al 31 dicembre 2025 "
  "l'autorizzazione a cedere mezzi, materiali ed equipaggiamenti militari all'Ucraina. "
  "Il provvedimento, il quarto dall'inizio dell'invasione russa, passa ora alle Camere, che dovranno convertirlo in "
  "legge entro sessanta giorni. "
  "Secondo fonti di Palazzo Chigi, il contenuto dei singoli pacchetti resterà classificato e sarà illustrato soltanto "
  "al Copasir. "
  "Il ministro della Difesa, Guido Crosetto, ha spiegato che il decimo pacchetto è già in preparazione e che "
  "riguarderà soprattutto la difesa aerea. "
  "Lo stesso governo ha ribadito che non è prevista alcuna presenza di militari italiani sul territorio ucraino. "
  "Il titolare della Farnesina, Antonio Tajani, ha aggiunto che le armi italiane potranno essere usate soltanto entro "
  "i confini dell'Ucraina. "
  "Roma continuerà inoltre a finanziare l'addestramento di soldati ucraini nell'ambito della missione europea Eumam. "
  "Crosetto si è detto disposto a mettere a disposizione cacciamine della Marina per bonificare il Mar Nero, a patto "
  "che sia raggiunta una tregua. "
  "Nella maggioranza la Lega ha chiesto di accompagnare il decreto con un'iniziativa diplomatica, senza però opporsi "
  "al rinnovo, mentre il Movimento 5 Stelle ha annunciato voto contrario. "
  "Da Kiev, il ministero degli Esteri ha ringraziato l'Italia e chiesto di accelerare le consegne di sistemi "
  "antiaerei. "
  "Mosca ha reagito per bocca della portavoce della diplomazia russa, secondo cui ogni nuova fornitura di armi "
  "occidentali non fa che allungare il conflitto. "
  "L'accordo bilaterale di sicurezza firmato a Kiev nel febbraio scorso resta la cornice dell'aiuto italiano.",
  [
      P("ITA", "weapons", "pledged",
        "Il Consiglio dei ministri ha approvato lunedì sera il decreto che proroga fino al 31 dicembre 2025 "
        "l'autorizzazione a cedere mezzi, materiali ed equipaggiamenti militari all'Ucraina."),
      P("ITA", "air_defense", "planned",
        "il decimo pacchetto è già in preparazione e che riguarderà soprattutto la difesa aerea"),
      D("ITA", "troops",
        "Lo stesso governo ha ribadito che non è prevista alcuna presenza di militari italiani sul territorio "
        "ucraino."),
      P("ITA", "funding", "delivered",
        "Roma continuerà inoltre a finanziare l'addestramento di soldati ucraini nell'ambito della missione europea "
        "Eumam."),
      P("ITA", "training", "delivered",
        "Roma continuerà inoltre a finanziare l'addestramento di soldati ucraini nell'ambito della missione europea "
        "Eumam."),
      P("ITA", "naval", "willing",
        "Crosetto si è detto disposto a mettere a disposizione cacciamine della Marina per bonificare il Mar Nero, a "
        "patto che sia raggiunta una tregua."),
      O("RUS", "weapons", "pledged",
        "secondo cui ogni nuova fornitura di armi occidentali non fa che allungare il conflitto"),
      P("ITA", "security_guarantee", "signed",
        "L'accordo bilaterale di sicurezza firmato a Kiev nel febbraio scorso resta la cornice dell'aiuto italiano."),
      C("ITA", "UKR", "delivered",
        "L'accordo bilaterale di sicurezza firmato a Kiev nel febbraio scorso resta la cornice dell'aiuto italiano."),
  ])

# it-002 summit wrap-up: the "Weimar+" ministers in Warsaw (November 2024)
A("it", 2, "2024-11-19", "Weimar+ a Varsavia: più difesa aerea per Kiev e nuove sanzioni",
  "VARSAVIA – I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
  "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue, in un formato che la stampa locale ha "
  "ribattezzato «Weimar+». "
  "Padrone di casa, il capo della diplomazia polacca Radosław Sikorski ha detto che l'incontro doveva mandare un "
  "segnale prima dell'insediamento della nuova amministrazione a Washington. "
  "Il ministro ucraino Andrii Sybiha ha partecipato in collegamento video. "
  "Nella dichiarazione finale i sei governi si impegnano ad aumentare il sostegno militare all'Ucraina, in "
  "particolare con sistemi di difesa aerea e munizioni a lungo raggio. "
  "Promettono inoltre di rafforzare l'industria della difesa ucraina con investimenti congiunti e di usare i proventi "
  "dei beni russi immobilizzati. "
  "Sul fronte delle sanzioni, il testo annuncia nuove misure contro la flotta ombra che trasporta il petrolio russo. "
  "A margine, Tajani ha ribadito che l'Italia non invierà soldati in Ucraina. "
  "Il francese Jean-Noël Barrot ha osservato che nessuna opzione va esclusa, nemmeno l'invio di istruttori militari. "
  "Il britannico David Lammy ha annunciato che Londra fornirà altri generatori per la rete elettrica ucraina in vista "
  "dell'inverno. "
  "La tedesca Annalena Baerbock ha ricordato che la Germania ha consegnato più sistemi di difesa aerea di qualunque "
  "altro Paese europeo. "
  "Mosca ha definito la riunione «un consiglio di guerra» e ha avvertito che le nuove sanzioni colpiranno soprattutto "
  "chi le impone.",
  [
      C("POL", "GROUP", "delivered",
        "Padrone di casa, il capo della diplomazia polacca Radosław Sikorski ha detto che l'incontro doveva mandare un "
        "segnale prima dell'insediamento della nuova amministrazione a Washington."),
      C("DEU", "POL", "delivered",
        "I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
        "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue"),
      C("FRA", "POL", "delivered",
        "I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
        "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue"),
      C("ITA", "POL", "delivered",
        "I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
        "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue"),
      C("ESP", "POL", "delivered",
        "I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
        "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue"),
      C("GBR", "POL", "delivered",
        "I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
        "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue"),
      C("EU", "POL", "delivered",
        "I ministri degli Esteri di Germania, Francia, Italia, Spagna e Regno Unito si sono riuniti martedì a "
        "Varsavia con il collega polacco e con l'Alto rappresentante dell'Ue"),
      C("UKR", "POL", "delivered", "Il ministro ucraino Andrii Sybiha ha partecipato in collegamento video."),
      P("GROUP", "air_defense", "pledged",
        "Nella dichiarazione finale i sei governi si impegnano ad aumentare il sostegno militare all'Ucraina, in "
        "particolare con sistemi di difesa aerea e munizioni a lungo raggio."),
      P("GROUP", "ammunition", "pledged",
        "Nella dichiarazione finale i sei governi si impegnano ad aumentare il sostegno militare all'Ucraina, in "
        "particolare con sistemi di difesa aerea e munizioni a lungo raggio."),
      P("GROUP", "technical_assistance", "pledged",
        "Promettono inoltre di rafforzare l'industria della difesa ucraina con investimenti congiunti e di usare i "
        "proventi dei beni russi immobilizzati."),
      P("GROUP", "funding", "pledged",
        "Promettono inoltre di rafforzare l'industria della difesa ucraina con investimenti congiunti e di usare i "
        "proventi dei beni russi immobilizzati."),
      P("GROUP", "sanctions", "planned",
        "Sul fronte delle sanzioni, il testo annuncia nuove misure contro la flotta ombra che trasporta il petrolio "
        "russo."),
      D("ITA", "troops", "Tajani ha ribadito che l'Italia non invierà soldati in Ucraina"),
      P("FRA", "training", "considering",
        "Il francese Jean-Noël Barrot ha osservato che nessuna opzione va esclusa, nemmeno l'invio di istruttori "
        "militari."),
      P("GBR", "technical_assistance", "pledged",
        "Il britannico David Lammy ha annunciato che Londra fornirà altri generatori per la rete elettrica ucraina in "
        "vista dell'inverno."),
      P("DEU", "air_defense", "delivered",
        "La tedesca Annalena Baerbock ha ricordato che la Germania ha consegnato più sistemi di difesa aerea di "
        "qualunque altro Paese europeo."),
      O("RUS", "sanctions", "pledged",
        "ha avvertito che le nuove sanzioni colpiranno soprattutto chi le impone"),
  ])

# it-003 wire brief with dateline: Greece sends shells but keeps its air defence (April 2024)
A("it", 3, "2024-04-17", "La Grecia invierà proiettili a Kiev, ma non le sue batterie antiaeree",
  "ATENE, 17 APR – Il governo non cederà all'Ucraina né i propri sistemi Patriot né le batterie S-300 di fabbricazione "
  "sovietica, ha detto il premier Kyriakos Mitsotakis in un'intervista televisiva. "
  "Quei sistemi sono indispensabili per proteggere le isole dell'Egeo, ha spiegato il capo dell'esecutivo. "
  "Fornirà invece alcune decine di migliaia di proiettili d'artiglieria da 155 millimetri, prelevati dalle scorte "
  "delle forze armate. "
  "Le consegne dovrebbero passare per un Paese terzo, hanno precisato fonti della Difesa senza indicare quale. "
  "Mitsotakis ha ricordato che dal 2022 sono già stati inviati a Kiev blindati e munizioni. "
  "Esclusa anche la partecipazione di militari ellenici a qualunque missione sul terreno. "
  "Kiev chiede da settimane ai partner europei di cedere batterie antiaeree e la risposta è stata accolta con "
  "delusione. "
  "La Spagna, per contro, ha annunciato questa settimana l'invio di missili Patriot. "
  "L'ambasciata russa ha avvertito che le forniture di munizioni rendono il Paese «parte del conflitto».",
  [
      D("GRC", "air_defense",
        "Il governo non cederà all'Ucraina né i propri sistemi Patriot né le batterie S-300 di fabbricazione "
        "sovietica"),
      P("GRC", "ammunition", "pledged",
        "Fornirà invece alcune decine di migliaia di proiettili d'artiglieria da 155 millimetri, prelevati dalle "
        "scorte delle forze armate."),
      P("GRC", "weapons", "delivered",
        "Mitsotakis ha ricordato che dal 2022 sono già stati inviati a Kiev blindati e munizioni."),
      D("GRC", "troops",
        "Esclusa anche la partecipazione di militari ellenici a qualunque missione sul terreno."),
      P("ESP", "air_defense", "pledged",
        "La Spagna, per contro, ha annunciato questa settimana l'invio di missili Patriot."),
      O("RUS", "ammunition", "pledged",
        "L'ambasciata russa ha avvertito che le forniture di munizioni rendono il Paese «parte del conflitto»."),
  ])

# it-004 interview Q&A: the Swiss defence minister before the Bürgenstock conference (June 2024)
A("it", 4, "2024-06-10", "Amherd: «La neutralità non ci impedisce di aiutare Kiev»",
  [
      "Alla vigilia della conferenza sulla pace che la Svizzera ospiterà al Bürgenstock, la presidente della "
      "Confederazione e capo del Dipartimento della difesa, Viola Amherd, ci ha ricevuti a Berna.",
      "Perché Berna continua a vietare la riesportazione di munizioni svizzere verso l'Ucraina?",
      "Perché la legge sul materiale bellico non lo consente, e il Consiglio federale non intende aggirarla.",
      "Nemmeno per i vecchi carri armati Leopard?",
      "Ne abbiamo rivenduti alcuni al costruttore tedesco, a condizione che non finissero in Ucraina.",
      "Che cosa fa allora la Svizzera per Kiev?",
      "Finanziamo lo sminamento umanitario con cento milioni di franchi e forniamo macchine sminatrici costruite nel "
      "nostro Paese. Per la ricostruzione e l'aiuto umanitario il Consiglio federale ha previsto cinque miliardi di "
      "franchi fino al 2036.",
      "La Svizzera parteciperebbe a una missione di pace dopo un cessate il fuoco?",
      "Con un mandato dell'Onu o dell'Osce il governo potrebbe valutarlo, ma l'ultima parola spetterebbe al "
      "Parlamento.",
      "Mosca vi accusa di aver abbandonato la neutralità adottando le sanzioni europee.",
      "Applichiamo le sanzioni dell'Ue perché il diritto internazionale è stato violato, e questo non ha nulla a che "
      "vedere con la neutralità.",
  ],
  [
      C("CHE", "GROUP", "planned",
        "Alla vigilia della conferenza sulla pace che la Svizzera ospiterà al Bürgenstock"),
      D("CHE", "ammunition",
        "Perché Berna continua a vietare la riesportazione di munizioni svizzere verso l'Ucraina?"),
      D("CHE", "weapons",
        "Ne abbiamo rivenduti alcuni al costruttore tedesco, a condizione che non finissero in Ucraina."),
      P("CHE", "funding", "delivered",
        "Finanziamo lo sminamento umanitario con cento milioni di franchi e forniamo macchine sminatrici costruite "
        "nel nostro Paese."),
      P("CHE", "technical_assistance", "delivered",
        "Finanziamo lo sminamento umanitario con cento milioni di franchi e forniamo macchine sminatrici costruite "
        "nel nostro Paese."),
      P("CHE", "humanitarian", "planned",
        "Per la ricostruzione e l'aiuto umanitario il Consiglio federale ha previsto cinque miliardi di franchi fino "
        "al 2036."),
      P("CHE", "peacekeeping", "considering",
        "Con un mandato dell'Onu o dell'Osce il governo potrebbe valutarlo, ma l'ultima parola spetterebbe al "
        "Parlamento."),
      O("RUS", "sanctions", "pledged",
        "Mosca vi accusa di aver abbandonato la neutralità adottando le sanzioni europee."),
      P("CHE", "sanctions", "delivered",
        "Applichiamo le sanzioni dell'Ue perché il diritto internazionale è stato violato"),
  ])

# it-005 reaction roundup: Scholz calls Putin (November 2024)
A("it", 5, "2024-11-16", "Scholz telefona a Putin, gelo a Kiev e Varsavia",
  "BERLINO – La telefonata di un'ora tra il cancelliere Olaf Scholz e Vladimir Putin, la prima da quasi due anni, ha "
  "diviso gli alleati dell'Ucraina. "
  "Secondo il portavoce del governo tedesco, il cancelliere ha chiesto al presidente russo di ritirare le truppe e ha "
  "ribadito che la Germania sosterrà Kiev «per tutto il tempo necessario». "
  "Berlino ha fatto sapere di aver informato in anticipo Washington, Londra e Parigi, oltre al presidente Zelensky. "
  "Quest'ultimo ha parlato di un «vaso di Pandora» che rischia di rompere l'isolamento del Cremlino. "
  "Il premier polacco Donald Tusk ha commentato che nessuno fermerà la guerra con una telefonata, ricordando che la "
  "Polonia resta il principale snodo logistico degli aiuti militari diretti a Kiev. "
  "Dal Cremlino il portavoce ha spiegato che Putin si è detto pronto a un'intesa che tenga conto «delle nuove realtà "
  "territoriali», respingendo ogni ipotesi di adesione di Kiev alla Nato. "
  "Più sfumata la reazione di Palazzo Chigi, che ha sottolineato come ogni contatto vada concordato tra alleati. "
  "Il ministro della Difesa Crosetto ha aggiunto che l'Italia continuerà comunque a inviare munizioni e sistemi "
  "antiaerei finché ce ne sarà bisogno. "
  "A Budapest il premier Viktor Orbán ha salutato la telefonata come un passo verso la pace e ha ripetuto che "
  "l'Ungheria non manderà armi a Kiev. "
  "Intanto Berlino ha confermato per dicembre la consegna di altri due sistemi Iris-T. "
  "Secondo alcuni diplomatici, il cancelliere avrebbe voluto presentarsi come mediatore in vista delle elezioni "
  "anticipate.",
  [
      C("DEU", "RUS", "delivered",
        "La telefonata di un'ora tra il cancelliere Olaf Scholz e Vladimir Putin, la prima da quasi due anni, ha "
        "diviso gli alleati dell'Ucraina."),
      C("DEU", "USA", "delivered",
        "Berlino ha fatto sapere di aver informato in anticipo Washington, Londra e Parigi, oltre al presidente "
        "Zelensky."),
      C("DEU", "GBR", "delivered",
        "Berlino ha fatto sapere di aver informato in anticipo Washington, Londra e Parigi, oltre al presidente "
        "Zelensky."),
      C("DEU", "FRA", "delivered",
        "Berlino ha fatto sapere di aver informato in anticipo Washington, Londra e Parigi, oltre al presidente "
        "Zelensky."),
      C("DEU", "UKR", "delivered",
        "Berlino ha fatto sapere di aver informato in anticipo Washington, Londra e Parigi, oltre al presidente "
        "Zelensky."),
      P("POL", "logistics", "delivered",
        "ricordando che la Polonia resta il principale snodo logistico degli aiuti militari diretti a Kiev"),
      O("RUS", "nato_membership", "pledged", "respingendo ogni ipotesi di adesione di Kiev alla Nato"),
      P("ITA", "ammunition", "delivered",
        "Il ministro della Difesa Crosetto ha aggiunto che l'Italia continuerà comunque a inviare munizioni e sistemi "
        "antiaerei finché ce ne sarà bisogno."),
      P("ITA", "air_defense", "delivered",
        "Il ministro della Difesa Crosetto ha aggiunto che l'Italia continuerà comunque a inviare munizioni e sistemi "
        "antiaerei finché ce ne sarà bisogno."),
      D("HUN", "weapons", "ha ripetuto che l'Ungheria non manderà armi a Kiev"),
      P("DEU", "air_defense", "pledged",
        "Intanto Berlino ha confermato per dicembre la consegna di altri due sistemi Iris-T."),
  ])

# it-006 analysis, few claims: the "Friends of Peace" of Beijing and Brasília (September 2024)
A("it", 6, "2024-09-28", "Gli «Amici della pace» di Pechino e Brasilia: molte parole, pochi impegni",
  "Il gruppo lanciato da Cina e Brasile a margine dell'Assemblea generale dell'Onu si è dato un nome ambizioso, "
  "«Amici della pace», ma finora ha prodotto soprattutto un comunicato. "
  "Il testo riprende i sei punti concordati in primavera tra Pechino e Brasilia: nessun allargamento del campo di "
  "battaglia, nessuna escalation, una conferenza di pace riconosciuta da entrambe le parti. "
  "Alla riunione di New York erano stati invitati soprattutto Paesi del cosiddetto Sud globale, e non tutti si sono "
  "presentati. "
  "Zelensky ha liquidato l'iniziativa come «distruttiva», sostenendo che fa soltanto il gioco di Mosca. "
  "Pechino ripete di non fornire armi a nessuna delle due parti, un'affermazione accolta con scetticismo a Washington "
  "e a Bruxelles. "
  "Il Brasile, dal canto suo, aveva già rifiutato nel 2023 di vendere munizioni destinate all'Ucraina, respingendo una "
  "richiesta tedesca. "
  "Per molti analisti il vero banco di prova sarà la disponibilità di Pechino a sedersi a un secondo vertice con Kiev "
  "al tavolo. "
  "Fino ad allora, gli «Amici della pace» restano un club di buone intenzioni.",
  [
      C("CHN", "BRA", "delivered",
        "Il gruppo lanciato da Cina e Brasile a margine dell'Assemblea generale dell'Onu si è dato un nome "
        "ambizioso"),
      D("CHN", "weapons", "Pechino ripete di non fornire armi a nessuna delle due parti"),
      D("BRA", "ammunition",
        "Il Brasile, dal canto suo, aveva già rifiutato nel 2023 di vendere munizioni destinate all'Ucraina, "
        "respingendo una richiesta tedesca."),
  ])

# it-007 live blog: the US-Ukraine minerals agreement (April/May 2025)
A("it", 7, "2025-05-01", "Ucraina, la diretta: firmato a Washington l'accordo sulle risorse minerarie",
  [
      "ore 07.45 – Nella notte Stati Uniti e Ucraina hanno firmato a Washington l'accordo sulle risorse minerarie, che "
      "istituisce un fondo comune di investimento per la ricostruzione.",
      "ore 08.20 – Il segretario al Tesoro americano Scott Bessent ha detto che l'intesa mostra a Mosca l'impegno di "
      "lungo periodo di Washington per un'Ucraina «libera e sovrana».",
      "ore 09.05 – Secondo il testo diffuso dal governo di Kiev, gli Stati Uniti potranno contribuire al fondo anche "
      "con nuova assistenza militare, per esempio sistemi di difesa aerea.",
      "ore 10.30 – La vicepremier ucraina Yulia Svyrydenko sottolinea che l'accordo non prevede alcun rimborso per gli "
      "aiuti già ricevuti.",
      "ore 11.15 – Nessun commento ufficiale dal Cremlino; l'ex presidente Dmitrij Medvedev scrive sui social che Kiev "
      "ha «svenduto» il proprio sottosuolo.",
      "ore 12.40 – Da Roma il ministro degli Esteri Antonio Tajani definisce l'intesa «una buona notizia» per la "
      "ricostruzione.",
      "ore 14.00 – Un attacco di droni su Odessa ha causato due morti nella notte, riferisce l'amministrazione "
      "regionale.",
      "ore 15.25 – La Commissione europea annuncia di aver versato a Kiev un'altra tranche da 1 miliardo di euro, "
      "finanziata con i proventi dei beni russi immobilizzati.",
      "ore 16.50 – Il ministro della Difesa britannico John Healey è arrivato a Kiev: Londra finanzierà la produzione "
      "di droni a lungo raggio in Ucraina, annuncia il suo ministero.",
      "ore 18.10 – Il Cremlino fa sapere che Mosca non accetterà consegne di armi occidentali a Kiev durante la tregua "
      "proposta per l'8 maggio.",
      "ore 19.30 – La Casa Bianca precisa che il fondo non comporta alcun impegno americano a inviare soldati.",
  ],
  [
      C("USA", "UKR", "delivered",
        "Nella notte Stati Uniti e Ucraina hanno firmato a Washington l'accordo sulle risorse minerarie"),
      P("USA", "funding", "signed",
        "Nella notte Stati Uniti e Ucraina hanno firmato a Washington l'accordo sulle risorse minerarie, che "
        "istituisce un fondo comune di investimento per la ricostruzione."),
      P("USA", "air_defense", "considering",
        "gli Stati Uniti potranno contribuire al fondo anche con nuova assistenza militare, per esempio sistemi di "
        "difesa aerea"),
      S("ITA", "funding", "pledged",
        "Da Roma il ministro degli Esteri Antonio Tajani definisce l'intesa «una buona notizia» per la "
        "ricostruzione."),
      P("EU", "funding", "delivered",
        "La Commissione europea annuncia di aver versato a Kiev un'altra tranche da 1 miliardo di euro, finanziata "
        "con i proventi dei beni russi immobilizzati."),
      C("GBR", "UKR", "delivered", "Il ministro della Difesa britannico John Healey è arrivato a Kiev"),
      P("GBR", "funding", "pledged",
        "Londra finanzierà la produzione di droni a lungo raggio in Ucraina, annuncia il suo ministero."),
      P("GBR", "weapons", "pledged",
        "Londra finanzierà la produzione di droni a lungo raggio in Ucraina, annuncia il suo ministero."),
      O("RUS", "weapons", "pledged",
        "Il Cremlino fa sapere che Mosca non accetterà consegne di armi occidentali a Kiev durante la tregua proposta "
        "per l'8 maggio."),
  ])

# it-008 long feature: Slovakia and Hungary, the "front of no" (April 2025)
A("it", 8, "2025-04-05", "Bratislava e Budapest, il fronte del no nel cuore dell'Europa",
  [
      "BRATISLAVA – Quando Robert Fico è tornato al governo nell'autunno del 2023, la sua prima promessa in politica "
      "estera è stata netta: «nemmeno un proiettile» dallo Stato slovacco all'Ucraina. "
      "Il premier ha mantenuto la parola: le forniture dagli arsenali dell'esercito sono state fermate nelle prime "
      "settimane del mandato. "
      "Il governo non ha però bloccato i contratti delle aziende private, che continuano a vendere munizioni a Kiev.",
      "Il suo predecessore aveva consegnato a Kiev i caccia MiG-29 e il sistema antiaereo S-300. "
      "Bratislava continua invece a fornire macchine per lo sminamento e a inviare aiuti umanitari. "
      "Sulla Nato la linea è chiara: il governo slovacco si opporrà sempre all'ingresso dell'Ucraina nell'Alleanza, ha "
      "ripetuto il premier.",
      "Fico e Zelensky si erano incontrati per la prima volta a Uzhhorod, al confine, nel gennaio 2024, senza "
      "risultati concreti. "
      "Da allora i rapporti si sono ulteriormente guastati per la questione del transito del gas russo.",
      "A Budapest, Viktor Orbán si spinge oltre. "
      "Il governo ungherese blocca da oltre un anno circa 6,6 miliardi di euro di rimborsi dello Strumento europeo per "
      "la pace, destinati ai Paesi che hanno armato Kiev. "
      "L'Ungheria, ripete il ministro degli Esteri Péter Szijjártó, non invia armi e non consente nemmeno il transito "
      "di forniture militari sul proprio territorio. "
      "Budapest ha inoltre fatto sapere che non parteciperà ad alcuna forza di rassicurazione, ma che non intende "
      "impedire ad altri di farlo, a patto di non doverne pagare i costi. "
      "Nel luglio 2024 Orbán era volato a Mosca per quella che aveva chiamato una «missione di pace», senza alcun "
      "mandato europeo.",
      "A Bruxelles l'Alta rappresentante Kaja Kallas ha proposto di aggirare i veti con contributi volontari degli "
      "Stati membri, un piano fino a 40 miliardi di euro per armi e munizioni destinate a Kiev. "
      "Il progetto è stato ridimensionato dopo le obiezioni di diversi governi sul costo, tra cui quelli di Italia e "
      "Spagna. "
      "Mosca ha elogiato la «posizione sovrana» dei due governi centroeuropei.",
      "Secondo gli analisti del centro studi Globsec, il peso concreto di questo fronte resta limitato, perché il grosso "
      "degli aiuti arriva comunque da altri Paesi. "
      "Se a Bratislava tornasse al potere l'opposizione liberale, promettono i suoi dirigenti, le forniture militari "
      "riprenderebbero dal primo giorno.",
  ],
  [
      D("SVK", "ammunition",
        "la sua prima promessa in politica estera è stata netta: «nemmeno un proiettile» dallo Stato slovacco "
        "all'Ucraina"),
      P("SVK", "weapons", "withdrawn",
        "le forniture dagli arsenali dell'esercito sono state fermate nelle prime settimane del mandato"),
      P("SVK", "aircraft", "delivered",
        "Il suo predecessore aveva consegnato a Kiev i caccia MiG-29 e il sistema antiaereo S-300."),
      P("SVK", "air_defense", "delivered",
        "Il suo predecessore aveva consegnato a Kiev i caccia MiG-29 e il sistema antiaereo S-300."),
      P("SVK", "technical_assistance", "delivered",
        "Bratislava continua invece a fornire macchine per lo sminamento e a inviare aiuti umanitari."),
      P("SVK", "humanitarian", "delivered",
        "Bratislava continua invece a fornire macchine per lo sminamento e a inviare aiuti umanitari."),
      O("SVK", "nato_membership", "pledged",
        "il governo slovacco si opporrà sempre all'ingresso dell'Ucraina nell'Alleanza"),
      C("SVK", "UKR", "delivered",
        "Fico e Zelensky si erano incontrati per la prima volta a Uzhhorod, al confine, nel gennaio 2024"),
      O("HUN", "funding", "pledged",
        "Il governo ungherese blocca da oltre un anno circa 6,6 miliardi di euro di rimborsi dello Strumento europeo "
        "per la pace, destinati ai Paesi che hanno armato Kiev."),
      D("HUN", "weapons",
        "L'Ungheria, ripete il ministro degli Esteri Péter Szijjártó, non invia armi e non consente nemmeno il "
        "transito di forniture militari sul proprio territorio."),
      D("HUN", "logistics",
        "L'Ungheria, ripete il ministro degli Esteri Péter Szijjártó, non invia armi e non consente nemmeno il "
        "transito di forniture militari sul proprio territorio."),
      D("HUN", "peacekeeping",
        "Budapest ha inoltre fatto sapere che non parteciperà ad alcuna forza di rassicurazione"),
      C("HUN", "RUS", "delivered",
        "Nel luglio 2024 Orbán era volato a Mosca per quella che aveva chiamato una «missione di pace», senza alcun "
        "mandato europeo."),
      P("EU", "funding", "considering",
        "A Bruxelles l'Alta rappresentante Kaja Kallas ha proposto di aggirare i veti con contributi volontari degli "
        "Stati membri, un piano fino a 40 miliardi di euro per armi e munizioni destinate a Kiev."),
      P("EU", "weapons", "considering",
        "A Bruxelles l'Alta rappresentante Kaja Kallas ha proposto di aggirare i veti con contributi volontari degli "
        "Stati membri, un piano fino a 40 miliardi di euro per armi e munizioni destinate a Kiev."),
      P("EU", "ammunition", "considering",
        "A Bruxelles l'Alta rappresentante Kaja Kallas ha proposto di aggirare i veti con contributi volontari degli "
        "Stati membri, un piano fino a 40 miliardi di euro per armi e munizioni destinate a Kiev."),
      O("GROUP", "funding", "pledged",
        "Il progetto è stato ridimensionato dopo le obiezioni di diversi governi sul costo, tra cui quelli di Italia "
        "e Spagna."),
      O("ITA", "funding", "pledged",
        "Il progetto è stato ridimensionato dopo le obiezioni di diversi governi sul costo, tra cui quelli di Italia "
        "e Spagna."),
      O("ESP", "funding", "pledged",
        "Il progetto è stato ridimensionato dopo le obiezioni di diversi governi sul costo, tra cui quelli di Italia "
        "e Spagna."),
  ])

# =====================================================================================================================
# FRENCH
# =====================================================================================================================

# fr-001 straight news: letter of intent on Gripen fighters (October 2025)
A("fr", 1, "2025-10-22", "Kiev et Stockholm signent une lettre d'intention pour 100 à 150 Gripen",
  "LINKÖPING (Suède) – L'Ukraine et la Suède ont signé mercredi une lettre d'intention ouvrant la voie à l'acquisition "
  "par Kiev de 100 à 150 avions de combat Gripen E, a annoncé le Premier ministre suédois, Ulf Kristersson. "
  "La cérémonie s'est tenue dans l'usine de Saab, en présence du président Volodymyr Zelensky. "
  "Les premiers appareils pourraient être livrés d'ici trois ans, a précisé le chef du gouvernement, sans avancer de "
  "calendrier ferme. "
  "Le financement reste à trouver : Kiev compte sur les avoirs russes gelés et sur l'aide européenne. "
  "Stockholm s'est dit prêt à former les pilotes et les mécaniciens ukrainiens sur ses propres bases. "
  "La ministre des Finances a rappelé que la Suède avait déjà consacré plus de 8 milliards d'euros à l'aide militaire "
  "à l'Ukraine depuis 2022. "
  "Un vingtième paquet, comprenant des munitions d'artillerie et des drones, doit par ailleurs être livré avant la fin "
  "de l'année. "
  "En 2024, le gouvernement avait renoncé à céder des Gripen pour ne pas compliquer l'arrivée des F-16 dans l'armée "
  "de l'air ukrainienne. "
  "Le Kremlin a dénoncé cette vente d'avions, qui ne fera selon lui que prolonger les hostilités. "
  "Interrogé sur un éventuel transfert d'appareils de l'armée de l'air suédoise dès cette année, le Premier ministre "
  "n'a pas répondu. "
  "Saab devra d'abord augmenter ses cadences de production, souligne un analyste de l'Institut suédois de recherche "
  "sur la défense.",
  [
      C("UKR", "SWE", "delivered",
        "L'Ukraine et la Suède ont signé mercredi une lettre d'intention ouvrant la voie à l'acquisition par Kiev de "
        "100 à 150 avions de combat Gripen E"),
      P("SWE", "aircraft", "planned",
        "L'Ukraine et la Suède ont signé mercredi une lettre d'intention ouvrant la voie à l'acquisition par Kiev de "
        "100 à 150 avions de combat Gripen E"),
      P("SWE", "training", "willing",
        "Stockholm s'est dit prêt à former les pilotes et les mécaniciens ukrainiens sur ses propres bases."),
      P("SWE", "funding", "delivered",
        "la Suède avait déjà consacré plus de 8 milliards d'euros à l'aide militaire à l'Ukraine depuis 2022"),
      P("SWE", "ammunition", "planned",
        "Un vingtième paquet, comprenant des munitions d'artillerie et des drones, doit par ailleurs être livré avant "
        "la fin de l'année."),
      P("SWE", "weapons", "planned",
        "Un vingtième paquet, comprenant des munitions d'artillerie et des drones, doit par ailleurs être livré avant "
        "la fin de l'année."),
      D("SWE", "aircraft",
        "En 2024, le gouvernement avait renoncé à céder des Gripen pour ne pas compliquer l'arrivée des F-16 dans "
        "l'armée de l'air ukrainienne."),
      O("RUS", "aircraft", "pledged",
        "Le Kremlin a dénoncé cette vente d'avions, qui ne fera selon lui que prolonger les hostilités."),
  ])

# fr-002 summit wrap-up: the Weimar triangle in Berlin (March 2024)
A("fr", 2, "2024-03-15", "À Berlin, le triangle de Weimar affiche son unité sur l'aide à Kiev",
  "BERLIN – Le chancelier Olaf Scholz a reçu vendredi Emmanuel Macron et Donald Tusk à la chancellerie, pour une "
  "réunion du triangle de Weimar destinée à effacer des semaines de tensions publiques sur l'aide à l'Ukraine. "
  "Les trois dirigeants ont annoncé la création d'une coalition de capacités pour l'artillerie à longue portée, qui "
  "doit fournir à l'Ukraine des lance-roquettes. "
  "Ils se sont aussi engagés à acheter davantage de munitions sur le marché mondial pour le compte de Kiev et à "
  "utiliser les profits tirés des avoirs russes immobilisés. "
  "Le chancelier a assuré que chacun des trois pays faisait « tout ce qui est possible » pour Kiev. "
  "Le président français, dont les récentes déclarations avaient irrité Berlin, a évité de revenir sur le sujet "
  "devant la presse. "
  "L'Elysée a en revanche précisé que la France livrerait dans les prochaines semaines un nouveau lot de missiles "
  "Scalp et de canons Caesar. "
  "Le Premier ministre polonais a annoncé un nouveau paquet d'aide, sans en détailler le contenu. "
  "L'Allemagne prévoit pour sa part plus de 7 milliards d'euros d'aide militaire à Kiev pour cette année. "
  "Le même jour, les États membres de l'Union ont approuvé une enveloppe de 5 milliards d'euros supplémentaires pour "
  "la Facilité européenne pour la paix. "
  "Moscou a qualifié la rencontre de « sommet de l'escalade » et accusé les trois capitales de prolonger la guerre "
  "par leurs livraisons d'armes.",
  [
      C("DEU", "FRA", "delivered",
        "Le chancelier Olaf Scholz a reçu vendredi Emmanuel Macron et Donald Tusk à la chancellerie"),
      C("DEU", "POL", "delivered",
        "Le chancelier Olaf Scholz a reçu vendredi Emmanuel Macron et Donald Tusk à la chancellerie"),
      C("FRA", "POL", "delivered",
        "Le chancelier Olaf Scholz a reçu vendredi Emmanuel Macron et Donald Tusk à la chancellerie"),
      P("GROUP", "weapons", "planned",
        "Les trois dirigeants ont annoncé la création d'une coalition de capacités pour l'artillerie à longue portée, "
        "qui doit fournir à l'Ukraine des lance-roquettes."),
      P("GROUP", "ammunition", "pledged",
        "Ils se sont aussi engagés à acheter davantage de munitions sur le marché mondial pour le compte de Kiev et à "
        "utiliser les profits tirés des avoirs russes immobilisés."),
      P("GROUP", "funding", "pledged",
        "Ils se sont aussi engagés à acheter davantage de munitions sur le marché mondial pour le compte de Kiev et à "
        "utiliser les profits tirés des avoirs russes immobilisés."),
      P("FRA", "ammunition", "pledged",
        "L'Elysée a en revanche précisé que la France livrerait dans les prochaines semaines un nouveau lot de "
        "missiles Scalp et de canons Caesar."),
      P("FRA", "weapons", "pledged",
        "L'Elysée a en revanche précisé que la France livrerait dans les prochaines semaines un nouveau lot de "
        "missiles Scalp et de canons Caesar."),
      P("POL", "weapons", "pledged",
        "Le Premier ministre polonais a annoncé un nouveau paquet d'aide, sans en détailler le contenu."),
      P("DEU", "funding", "planned",
        "L'Allemagne prévoit pour sa part plus de 7 milliards d'euros d'aide militaire à Kiev pour cette année."),
      P("EU", "funding", "pledged",
        "Le même jour, les États membres de l'Union ont approuvé une enveloppe de 5 milliards d'euros supplémentaires "
        "pour la Facilité européenne pour la paix."),
      O("RUS", "weapons", "pledged",
        "accusé les trois capitales de prolonger la guerre par leurs livraisons d'armes"),
  ])

# fr-003 wire brief with dateline: Rutte's first visit to Kyiv (October 2024)
A("fr", 3, "2024-10-03", "Pour sa première visite à Kiev, Rutte juge « irréversible » la voie de l'Ukraine vers l'Otan",
  "KIEV, 3 octobre – Le nouveau secrétaire général de l'Otan, Mark Rutte, s'est rendu jeudi à Kiev, deux jours "
  "seulement après sa prise de fonctions, pour y rencontrer le président Volodymyr Zelensky. "
  "Il a assuré que le soutien des Alliés ne faiblirait pas et que la voie de l'Ukraine vers l'adhésion était "
  "« irréversible ». "
  "L'ancien Premier ministre néerlandais a exhorté les capitales alliées à livrer plus vite des systèmes de défense "
  "aérienne, sans annoncer de nouvelle contribution. "
  "Zelensky lui a présenté les grandes lignes de son « plan de victoire », qui doit être dévoilé ce mois-ci. "
  "Les Pays-Bas ont annoncé le même jour une enveloppe de 400 millions d'euros pour des drones produits en Ukraine. "
  "Berlin a de son côté confirmé la livraison d'un nouveau système Iris-T SLM. "
  "Le Kremlin a réagi en répétant que l'adhésion de l'Ukraine à l'Otan restait « inacceptable ». "
  "Quelques heures avant l'arrivée de Rutte, la capitale avait essuyé une nouvelle attaque de drones.",
  [
      C("NATO", "UKR", "delivered",
        "Le nouveau secrétaire général de l'Otan, Mark Rutte, s'est rendu jeudi à Kiev"),
      S("NATO", "nato_membership", "pledged",
        "Il a assuré que le soutien des Alliés ne faiblirait pas et que la voie de l'Ukraine vers l'adhésion était "
        "« irréversible »."),
      P("NLD", "funding", "pledged",
        "Les Pays-Bas ont annoncé le même jour une enveloppe de 400 millions d'euros pour des drones produits en "
        "Ukraine."),
      P("NLD", "weapons", "pledged",
        "Les Pays-Bas ont annoncé le même jour une enveloppe de 400 millions d'euros pour des drones produits en "
        "Ukraine."),
      P("DEU", "air_defense", "delivered",
        "Berlin a de son côté confirmé la livraison d'un nouveau système Iris-T SLM."),
      O("RUS", "nato_membership", "pledged",
        "Le Kremlin a réagi en répétant que l'adhésion de l'Ukraine à l'Otan restait « inacceptable »."),
  ])

# fr-004 interview Q&A: Japan's foreign minister (May 2024)
A("fr", 4, "2024-05-03", "Yoko Kamikawa : « Le Japon n'enverra pas d'armes, mais il ne quittera pas l'Ukraine »",
  [
      "De passage à Paris, où elle a rencontré jeudi son homologue Stéphane Séjourné, la ministre japonaise des "
      "Affaires étrangères, Yoko Kamikawa, a répondu à nos questions.",
      "Le Japon ne livre toujours pas d'armes à l'Ukraine : pourquoi ?",
      "Nos règles d'exportation interdisent de transférer des équipements létaux à un pays en guerre, et le "
      "gouvernement n'a pas l'intention de les modifier.",
      "Que fait Tokyo, alors ?",
      "Nous avons versé 37 millions de dollars au fonds de l'Otan pour l'Ukraine afin d'acheter des systèmes de "
      "détection de drones, et nous fournissons du matériel de déminage japonais. Depuis le début de la guerre, le "
      "Japon a promis 12 milliards de dollars d'aide financière et humanitaire, et nous avons accueilli en février à "
      "Tokyo une conférence sur la reconstruction avec le gouvernement ukrainien.",
      "Le Japon pourrait-il participer à la surveillance d'un futur cessez-le-feu ?",
      "Pas avec des forces armées, notre Constitution l'interdit ; en revanche, nous pourrions envoyer des experts "
      "civils.",
      "Les sanctions contre la Russie sont-elles efficaces ?",
      "Elles le seront davantage si tous les pays du G7 les appliquent strictement ; le Japon vient d'en adopter de "
      "nouvelles contre des entreprises de pays tiers.",
      "Moscou a prévenu Tokyo que son aide aurait des conséquences pour les relations bilatérales.",
      "Nous n'avons pas de leçons à recevoir de Moscou.",
  ],
  [
      C("JPN", "FRA", "delivered",
        "De passage à Paris, où elle a rencontré jeudi son homologue Stéphane Séjourné, la ministre japonaise des "
        "Affaires étrangères, Yoko Kamikawa, a répondu à nos questions."),
      D("JPN", "weapons",
        "Nos règles d'exportation interdisent de transférer des équipements létaux à un pays en guerre, et le "
        "gouvernement n'a pas l'intention de les modifier."),
      P("JPN", "funding", "delivered",
        "Nous avons versé 37 millions de dollars au fonds de l'Otan pour l'Ukraine afin d'acheter des systèmes de "
        "détection de drones"),
      P("JPN", "technical_assistance", "delivered",
        "Nous avons versé 37 millions de dollars au fonds de l'Otan pour l'Ukraine afin d'acheter des systèmes de "
        "détection de drones, et nous fournissons du matériel de déminage japonais."),
      P("JPN", "humanitarian", "pledged",
        "Depuis le début de la guerre, le Japon a promis 12 milliards de dollars d'aide financière et humanitaire"),
      C("JPN", "UKR", "delivered",
        "nous avons accueilli en février à Tokyo une conférence sur la reconstruction avec le gouvernement "
        "ukrainien"),
      D("JPN", "troops",
        "Pas avec des forces armées, notre Constitution l'interdit ; en revanche, nous pourrions envoyer des experts "
        "civils."),
      P("JPN", "border_monitoring", "considering",
        "Pas avec des forces armées, notre Constitution l'interdit ; en revanche, nous pourrions envoyer des experts "
        "civils."),
      P("JPN", "sanctions", "delivered",
        "le Japon vient d'en adopter de nouvelles contre des entreprises de pays tiers"),
  ])

# fr-005 reaction roundup: windfall profits of frozen Russian assets, Hungary bypassed (May 2024)
A("fr", 5, "2024-05-22", "Avoirs russes gelés : les Vingt-Sept contournent Budapest, Moscou crie à la « piraterie »",
  "BRUXELLES – Les Vingt-Sept ont adopté mardi la décision d'affecter à l'Ukraine les profits exceptionnels générés "
  "par les avoirs de la banque centrale russe immobilisés dans l'Union, soit 2,5 à 3 milliards d'euros par an. "
  "Neuf dixièmes de cette somme serviront à acheter des armes via la Facilité européenne pour la paix, le reste ira à "
  "la reconstruction. "
  "La Hongrie, qui bloque depuis un an le remboursement des livraisons d'armes par cette même Facilité, ne s'est pas "
  "opposée au texte. "
  "Son ministre des Affaires étrangères, Péter Szijjártó, a toutefois prévenu que pas un euro hongrois ne servirait à "
  "payer des armes pour Kiev. "
  "Le chef de la diplomatie européenne, Josep Borrell, a salué une solution « juridiquement solide » qui permet de "
  "contourner ce veto. "
  "Prague et Varsovie ont applaudi la décision, tandis que la Belgique, où sont déposés la plupart de ces avoirs, a "
  "rappelé qu'elle reverse déjà à Kiev l'impôt perçu sur ces profits. "
  "Le Slovaque Robert Fico a fait savoir que son pays ne bloquerait pas la mesure mais n'y contribuerait pas non plus "
  "par des armes. "
  "Le président ukrainien a remercié l'Union tout en estimant que les avoirs eux-mêmes, et non leurs seuls revenus, "
  "devaient revenir à l'Ukraine. "
  "À Moscou, la porte-parole de la diplomatie russe a dénoncé « un acte de piraterie » et promis des représailles "
  "contre les intérêts européens en Russie.",
  [
      P("EU", "funding", "pledged",
        "Les Vingt-Sept ont adopté mardi la décision d'affecter à l'Ukraine les profits exceptionnels générés par les "
        "avoirs de la banque centrale russe immobilisés dans l'Union"),
      P("EU", "weapons", "pledged",
        "Neuf dixièmes de cette somme serviront à acheter des armes via la Facilité européenne pour la paix, le reste "
        "ira à la reconstruction."),
      O("HUN", "funding", "pledged",
        "La Hongrie, qui bloque depuis un an le remboursement des livraisons d'armes par cette même Facilité, ne "
        "s'est pas opposée au texte."),
      D("HUN", "funding",
        "Son ministre des Affaires étrangères, Péter Szijjártó, a toutefois prévenu que pas un euro hongrois ne "
        "servirait à payer des armes pour Kiev."),
      D("HUN", "weapons",
        "Son ministre des Affaires étrangères, Péter Szijjártó, a toutefois prévenu que pas un euro hongrois ne "
        "servirait à payer des armes pour Kiev."),
      S("CZE", "funding", "pledged", "Prague et Varsovie ont applaudi la décision"),
      S("POL", "funding", "pledged", "Prague et Varsovie ont applaudi la décision"),
      P("BEL", "funding", "delivered",
        "la Belgique, où sont déposés la plupart de ces avoirs, a rappelé qu'elle reverse déjà à Kiev l'impôt perçu "
        "sur ces profits"),
      D("SVK", "weapons",
        "Le Slovaque Robert Fico a fait savoir que son pays ne bloquerait pas la mesure mais n'y contribuerait pas "
        "non plus par des armes."),
      O("RUS", "funding", "pledged",
        "la porte-parole de la diplomatie russe a dénoncé « un acte de piraterie » et promis des représailles contre "
        "les intérêts européens en Russie"),
  ])

# fr-006 analysis, few claims: should Poland shoot down missiles over Ukraine? (September 2024)
A("fr", 6, "2024-09-12", "Abattre des missiles russes au-dessus de l'Ukraine ? Le débat qui divise Varsovie",
  "L'idée revient régulièrement depuis le printemps : les batteries antiaériennes polonaises pourraient-elles "
  "intercepter des missiles russes au-dessus de l'ouest de l'Ukraine, avant qu'ils n'approchent de la frontière ? "
  "Le chef de la diplomatie, Radosław Sikorski, s'est dit prêt à voir la Pologne le faire, pourvu que Kiev en fasse "
  "la demande. "
  "Le Premier ministre, Donald Tusk, a aussitôt tempéré. "
  "Varsovie n'agira pas seule, sans une décision commune des Alliés, a-t-il expliqué. "
  "L'Otan, par la voix de son secrétaire général, a fait savoir qu'elle ne prendrait pas part à de telles "
  "interceptions, qui feraient d'elle une partie au conflit. "
  "Des experts militaires rappellent que les batteries Patriot polonaises ne couvrent qu'une étroite bande du "
  "territoire ukrainien. "
  "Kiev, qui réclame cette option depuis des mois, y voit un moyen de soulager sa propre défense aérienne. "
  "Moscou a prévenu que toute interception par des moyens polonais serait considérée comme une attaque directe. "
  "Pour l'heure, aucune décision n'a été prise.",
  [
      P("POL", "air_defense", "willing",
        "Le chef de la diplomatie, Radosław Sikorski, s'est dit prêt à voir la Pologne le faire, pourvu que Kiev en "
        "fasse la demande."),
      D("NATO", "air_defense",
        "L'Otan, par la voix de son secrétaire général, a fait savoir qu'elle ne prendrait pas part à de telles "
        "interceptions, qui feraient d'elle une partie au conflit."),
      O("RUS", "air_defense", "pledged",
        "Moscou a prévenu que toute interception par des moyens polonais serait considérée comme une attaque "
        "directe."),
  ])

# fr-007 live blog: the Bürgenstock peace conference, second day (June 2024)
A("fr", 7, "2024-06-16", "EN DIRECT – Conférence pour la paix en Ukraine au Bürgenstock : la deuxième journée",
  [
      "9 h 10 – Bienvenue dans ce direct consacré à la seconde et dernière journée de la conférence organisée par la "
      "Suisse au Bürgenstock, près de Lucerne, qui réunit les délégations d'une centaine de pays et d'organisations.",
      "9 h 40 – Repartie samedi soir, la vice-présidente américaine Kamala Harris avait annoncé à la tribune "
      "1,5 milliard de dollars pour le secteur énergétique ukrainien et l'aide humanitaire.",
      "10 h 25 – Le Premier ministre canadien annonce que son pays pilotera avec l'Ukraine un groupe de travail sur le "
      "retour des enfants ukrainiens déportés.",
      "11 h 05 – L'Inde, l'Arabie saoudite et l'Afrique du Sud, présentes au Bürgenstock, font savoir qu'elles ne "
      "signeront pas le communiqué final.",
      "11 h 50 – La Chine, qui avait décliné l'invitation, n'est pas représentée ; le Brésil suit les travaux en "
      "simple observateur.",
      "12 h 30 – Le communiqué, soutenu par environ 80 pays, porte sur la sûreté nucléaire, la sécurité alimentaire "
      "et l'échange de prisonniers.",
      "13 h 15 – Le Kremlin qualifie la conférence de « perte de temps » et répète qu'aucun contingent occidental ne "
      "sera toléré en Ukraine.",
      "14 h 00 – La Suisse annonce qu'elle consacrera 5 millions de francs supplémentaires au déminage humanitaire.",
      "14 h 45 – Présent depuis samedi, le chancelier allemand promet à la tribune que Berlin livrera un troisième "
      "système Patriot d'ici l'été.",
      "15 h 30 – Zelensky remercie les participants et ne ferme pas la porte à un second sommet, sans dire où ni "
      "quand.",
  ],
  [
      C("CHE", "GROUP", "delivered",
        "la conférence organisée par la Suisse au Bürgenstock, près de Lucerne, qui réunit les délégations d'une "
        "centaine de pays et d'organisations"),
      C("USA", "CHE", "delivered",
        "Repartie samedi soir, la vice-présidente américaine Kamala Harris avait annoncé à la tribune 1,5 milliard "
        "de dollars pour le secteur énergétique ukrainien et l'aide humanitaire."),
      P("USA", "funding", "pledged",
        "Repartie samedi soir, la vice-présidente américaine Kamala Harris avait annoncé à la tribune 1,5 milliard "
        "de dollars pour le secteur énergétique ukrainien et l'aide humanitaire."),
      P("USA", "humanitarian", "pledged",
        "Repartie samedi soir, la vice-présidente américaine Kamala Harris avait annoncé à la tribune 1,5 milliard "
        "de dollars pour le secteur énergétique ukrainien et l'aide humanitaire."),
      P("CAN", "humanitarian", "pledged",
        "Le Premier ministre canadien annonce que son pays pilotera avec l'Ukraine un groupe de travail sur le "
        "retour des enfants ukrainiens déportés."),
      C("CAN", "UKR", "planned",
        "Le Premier ministre canadien annonce que son pays pilotera avec l'Ukraine un groupe de travail sur le "
        "retour des enfants ukrainiens déportés."),
      C("IND", "CHE", "delivered",
        "L'Inde, l'Arabie saoudite et l'Afrique du Sud, présentes au Bürgenstock, font savoir qu'elles ne signeront "
        "pas le communiqué final."),
      C("SAU", "CHE", "delivered",
        "L'Inde, l'Arabie saoudite et l'Afrique du Sud, présentes au Bürgenstock, font savoir qu'elles ne signeront "
        "pas le communiqué final."),
      C("ZAF", "CHE", "delivered",
        "L'Inde, l'Arabie saoudite et l'Afrique du Sud, présentes au Bürgenstock, font savoir qu'elles ne signeront "
        "pas le communiqué final."),
      C("BRA", "CHE", "delivered", "le Brésil suit les travaux en simple observateur"),
      O("RUS", "troops", "pledged",
        "Le Kremlin qualifie la conférence de « perte de temps » et répète qu'aucun contingent occidental ne sera "
        "toléré en Ukraine."),
      P("CHE", "funding", "pledged",
        "La Suisse annonce qu'elle consacrera 5 millions de francs supplémentaires au déminage humanitaire."),
      P("CHE", "technical_assistance", "pledged",
        "La Suisse annonce qu'elle consacrera 5 millions de francs supplémentaires au déminage humanitaire."),
      C("DEU", "CHE", "delivered",
        "Présent depuis samedi, le chancelier allemand promet à la tribune que Berlin livrera un troisième système "
        "Patriot d'ici l'été."),
      P("DEU", "air_defense", "pledged",
        "Présent depuis samedi, le chancelier allemand promet à la tribune que Berlin livrera un troisième système "
        "Patriot d'ici l'été."),
  ])

# fr-008 long feature: Finland's discreet support (September 2025)
A("fr", 8, "2025-09-08", "Finlande-Ukraine : l'aide discrète d'un voisin qui connaît la Russie",
  [
      "HELSINKI – La Finlande ne communique presque jamais sur le détail de ses livraisons à l'Ukraine, et c'est "
      "voulu. "
      "Depuis 2022, elle a approuvé une trentaine de paquets d'aide militaire, d'une valeur totale supérieure à "
      "2,5 milliards d'euros, selon le ministère de la Défense. "
      "Le dernier en date comprend des munitions d'artillerie lourde et du matériel de défense antiaérienne, s'est "
      "borné à indiquer le ministre Antti Häkkänen.",
      "En avril 2024, le président Alexander Stubb s'était rendu à Kiev pour signer un accord de sécurité de dix ans. "
      "Ce texte prévoit notamment une coopération entre les industries de défense des deux pays.",
      "La formation est l'autre pilier de l'effort finlandais. "
      "Des instructeurs finlandais ont formé plusieurs milliers de soldats ukrainiens, notamment au déminage et au "
      "combat en zone urbaine, dans le cadre de la mission européenne. "
      "Helsinki s'est également engagé à financer la fabrication d'obus en Ukraine même.",
      "Sur une future force de réassurance, la Finlande se montre plus prudente que Londres ou Paris. "
      "Le président a dit que son pays était prêt à contribuer par des moyens aériens et un soutien logistique plutôt "
      "que par des troupes au sol, en raison de sa longue frontière avec la Russie. "
      "Ces contributions ne viendraient que sous réserve d'un cessez-le-feu durable, a-t-il précisé.",
      "Le Premier ministre Petteri Orpo rappelle pour sa part que la Finlande plaide pour l'adhésion de l'Ukraine à "
      "l'Otan dès que les conditions seront réunies. "
      "Elle fournira aussi cet hiver une aide humanitaire aux déplacés de l'est du pays, a annoncé son gouvernement.",
      "Moscou observe ces mouvements avec hostilité. "
      "Le Kremlin a qualifié l'accord finno-ukrainien de « provocation » et averti que toute présence militaire "
      "finlandaise en Ukraine serait considérée comme une cible légitime.",
      "Pour ses achats destinés à Kiev, la Finlande se concerte étroitement avec la Suède et la Norvège. "
      "Une partie de l'opinion, notamment à l'extrême droite, juge que le pays s'expose trop. "
      "Interrogé sur un éventuel transfert de chasseurs F/A-18 retirés du service, le ministre s'est refusé à tout "
      "commentaire.",
  ],
  [
      P("FIN", "weapons", "pledged",
        "Depuis 2022, elle a approuvé une trentaine de paquets d'aide militaire"),
      P("FIN", "ammunition", "pledged",
        "Le dernier en date comprend des munitions d'artillerie lourde et du matériel de défense antiaérienne"),
      P("FIN", "air_defense", "pledged",
        "Le dernier en date comprend des munitions d'artillerie lourde et du matériel de défense antiaérienne"),
      C("FIN", "UKR", "delivered",
        "En avril 2024, le président Alexander Stubb s'était rendu à Kiev pour signer un accord de sécurité de dix "
        "ans."),
      P("FIN", "security_guarantee", "signed",
        "En avril 2024, le président Alexander Stubb s'était rendu à Kiev pour signer un accord de sécurité de dix "
        "ans."),
      P("FIN", "technical_assistance", "pledged",
        "Ce texte prévoit notamment une coopération entre les industries de défense des deux pays."),
      P("FIN", "training", "delivered",
        "Des instructeurs finlandais ont formé plusieurs milliers de soldats ukrainiens"),
      P("FIN", "funding", "pledged",
        "Helsinki s'est également engagé à financer la fabrication d'obus en Ukraine même."),
      P("FIN", "aircraft", "willing",
        "Le président a dit que son pays était prêt à contribuer par des moyens aériens et un soutien logistique "
        "plutôt que par des troupes au sol"),
      P("FIN", "logistics", "willing",
        "Le président a dit que son pays était prêt à contribuer par des moyens aériens et un soutien logistique "
        "plutôt que par des troupes au sol"),
      D("FIN", "troops",
        "Le président a dit que son pays était prêt à contribuer par des moyens aériens et un soutien logistique "
        "plutôt que par des troupes au sol"),
      S("FIN", "nato_membership", "pledged",
        "la Finlande plaide pour l'adhésion de l'Ukraine à l'Otan dès que les conditions seront réunies"),
      P("FIN", "humanitarian", "pledged",
        "Elle fournira aussi cet hiver une aide humanitaire aux déplacés de l'est du pays, a annoncé son "
        "gouvernement."),
      O("RUS", "security_guarantee", "pledged",
        "Le Kremlin a qualifié l'accord finno-ukrainien de « provocation »"),
      O("RUS", "troops", "pledged",
        "averti que toute présence militaire finlandaise en Ukraine serait considérée comme une cible légitime"),
      C("FIN", "SWE", "delivered",
        "Pour ses achats destinés à Kiev, la Finlande se concerte étroitement avec la Suède et la Norvège."),
      C("FIN", "NOR", "delivered",
        "Pour ses achats destinés à Kiev, la Finlande se concerte étroitement avec la Suède et la Norvège."),
  ])

# =====================================================================================================================
# GERMAN
# =====================================================================================================================

# de-001 straight news: Scholz in Kyiv (December 2024)
A("de", 1, "2024-12-02", "Scholz sagt in Kiew weitere Rüstungsgüter im Wert von 650 Millionen Euro zu",
  "KIEW – Bundeskanzler Olaf Scholz ist am Montag überraschend in die ukrainische Hauptstadt gereist, zum ersten Mal "
  "seit zweieinhalb Jahren. "
  "Er kündigte dort Rüstungslieferungen im Wert von 650 Millionen Euro an, die noch im Dezember erfolgen sollen. "
  "Dazu gehören nach Angaben aus Regierungskreisen Flugabwehrsysteme vom Typ Iris-T und Drohnen. "
  "Der Kanzler versicherte Präsident Selenskyj, Deutschland werde der stärkste Unterstützer der Ukraine in Europa "
  "bleiben. "
  "Eine Entsendung von Bundeswehrsoldaten in die Ukraine schloss er erneut aus. "
  "Die Bundesregierung hatte bereits im Frühjahr ein drittes Patriot-System geliefert. "
  "Außerdem will das Land gemeinsam mit Dänemark Haubitzen direkt in der Ukraine fertigen lassen und dafür einen "
  "dreistelligen Millionenbetrag bereitstellen. "
  "Die Opposition warf Scholz vor, die Reise diene vor allem dem Wahlkampf. "
  "CDU-Chef Friedrich Merz, der im Oktober selbst in Kiew gewesen war, forderte erneut die Lieferung von "
  "Marschflugkörpern. "
  "Selenskyj dankte für die Hilfe, mahnte aber zusätzliche Patriot-Systeme an. "
  "Aus Moskau hieß es, neue deutsche Waffen würden am Ausgang des Krieges nichts ändern.",
  [
      C("DEU", "UKR", "delivered",
        "Bundeskanzler Olaf Scholz ist am Montag überraschend in die ukrainische Hauptstadt gereist"),
      P("DEU", "air_defense", "pledged",
        "Dazu gehören nach Angaben aus Regierungskreisen Flugabwehrsysteme vom Typ Iris-T und Drohnen."),
      P("DEU", "weapons", "pledged",
        "Dazu gehören nach Angaben aus Regierungskreisen Flugabwehrsysteme vom Typ Iris-T und Drohnen."),
      D("DEU", "troops", "Eine Entsendung von Bundeswehrsoldaten in die Ukraine schloss er erneut aus."),
      P("DEU", "funding", "willing",
        "Außerdem will das Land gemeinsam mit Dänemark Haubitzen direkt in der Ukraine fertigen lassen und dafür "
        "einen dreistelligen Millionenbetrag bereitstellen."),
      C("DEU", "DNK", "willing",
        "Außerdem will das Land gemeinsam mit Dänemark Haubitzen direkt in der Ukraine fertigen lassen"),
      P("DNK", "weapons", "willing",
        "Außerdem will das Land gemeinsam mit Dänemark Haubitzen direkt in der Ukraine fertigen lassen"),
      O("RUS", "weapons", "pledged",
        "Aus Moskau hieß es, neue deutsche Waffen würden am Ausgang des Krieges nichts ändern."),
  ])

# de-002 summit wrap-up: the Ukraine Recovery Conference in Berlin (June 2024)
A("de", 2, "2024-06-12", "Wiederaufbaukonferenz in Berlin: Milliarden für Energie und ein Appell für Luftverteidigung",
  "BERLIN – Zwei Tage lang haben in Berlin rund 2000 Vertreter von Regierungen, Unternehmen und Kommunen über den "
  "Wiederaufbau der Ukraine beraten. "
  "Die Bundesregierung richtete die Konferenz gemeinsam mit der ukrainischen Regierung aus. "
  "Am Rande wurden nach Angaben des Entwicklungsministeriums Vereinbarungen über mehr als 16 Milliarden Euro "
  "unterzeichnet. "
  "Die Europäische Investitionsbank sagte zusätzliche Kredite für die Reparatur von Kraftwerken und Stromnetzen zu. "
  "Bundeskanzler Scholz rief die Partner auf, der Ukraine mehr Flugabwehr zu liefern, und verwies darauf, dass "
  "Deutschland bereits ein drittes Patriot-System zugesagt habe. "
  "Die Niederlande stellten weitere 400 Millionen Euro für Luftverteidigung in Aussicht. "
  "Großbritannien sagte Transformatoren und Generatoren für das Stromnetz zu. "
  "Präsident Selenskyj bat die Teilnehmer um mindestens sieben Patriot-Systeme für die Städte seines Landes. "
  "Mehrere Wirtschaftsverbände forderten staatliche Garantien für Investitionen in der Ukraine, und die "
  "Bundesregierung sagte zu, ihre Investitionsgarantien auszuweiten. "
  "Der Kreml nannte die Konferenz eine Propagandaveranstaltung und drohte, jede Verwendung russischer Gelder als "
  "Diebstahl zu verfolgen. "
  "Die nächste Konferenz soll im kommenden Jahr in Rom stattfinden.",
  [
      C("DEU", "GROUP", "delivered",
        "Die Bundesregierung richtete die Konferenz gemeinsam mit der ukrainischen Regierung aus."),
      C("UKR", "GROUP", "delivered",
        "Die Bundesregierung richtete die Konferenz gemeinsam mit der ukrainischen Regierung aus."),
      P("EU", "funding", "pledged",
        "Die Europäische Investitionsbank sagte zusätzliche Kredite für die Reparatur von Kraftwerken und "
        "Stromnetzen zu."),
      P("DEU", "air_defense", "pledged",
        "verwies darauf, dass Deutschland bereits ein drittes Patriot-System zugesagt habe"),
      P("NLD", "funding", "willing",
        "Die Niederlande stellten weitere 400 Millionen Euro für Luftverteidigung in Aussicht."),
      P("NLD", "air_defense", "willing",
        "Die Niederlande stellten weitere 400 Millionen Euro für Luftverteidigung in Aussicht."),
      P("GBR", "technical_assistance", "pledged",
        "Großbritannien sagte Transformatoren und Generatoren für das Stromnetz zu."),
      P("DEU", "funding", "pledged",
        "die Bundesregierung sagte zu, ihre Investitionsgarantien auszuweiten"),
      O("RUS", "funding", "pledged",
        "Der Kreml nannte die Konferenz eine Propagandaveranstaltung und drohte, jede Verwendung russischer Gelder "
        "als Diebstahl zu verfolgen."),
  ])

# de-003 wire brief with dateline: Turkey offers help at sea (April 2025)
A("de", 3, "2025-04-10", "Türkei bietet Beitrag zur Sicherheit im Schwarzen Meer an",
  "ANKARA, 10. April – Das Land ist nach Angaben seines Verteidigungsministeriums bereit, nach einem Waffenstillstand "
  "zur Sicherheit im Schwarzen Meer beizutragen. "
  "Eine Entsendung von Bodentruppen in die Ukraine sei dagegen nicht geplant, sagte ein Sprecher vor Journalisten. "
  "Man könne sich auch vorstellen, Gespräche über eine internationale Beobachtermission auszurichten. "
  "Die Meerengen bleiben nach dem Vertrag von Montreux von 1936 für Kriegsschiffe der Konfliktparteien gesperrt. "
  "Seit 2022 hat Ankara der Ukraine unter anderem Kampfdrohnen geliefert, in Istanbul entstehen zudem Korvetten für "
  "die ukrainische Marine. "
  "Auch Rumänien und Bulgarien, die bereits Minen vor ihren eigenen Küsten räumen, zeigten sich offen für eine "
  "Beteiligung, sofern ein Waffenstillstand hält. "
  "Außenminister Hakan Fidan hatte in der vergangenen Woche in Brüssel mit Vertretern der Koalition der Willigen über "
  "die Pläne beraten. "
  "Moskau warnte Ankara davor, sich an einer „westlichen Militärpräsenz“ am Schwarzen Meer zu beteiligen. "
  "Welche Rolle die USA bei einer solchen Mission spielen würden, blieb offen.",
  [
      P("TUR", "naval", "willing",
        "Das Land ist nach Angaben seines Verteidigungsministeriums bereit, nach einem Waffenstillstand zur "
        "Sicherheit im Schwarzen Meer beizutragen."),
      D("TUR", "troops",
        "Eine Entsendung von Bodentruppen in die Ukraine sei dagegen nicht geplant, sagte ein Sprecher vor "
        "Journalisten."),
      P("TUR", "weapons", "delivered",
        "Seit 2022 hat Ankara der Ukraine unter anderem Kampfdrohnen geliefert"),
      P("ROU", "naval", "willing",
        "Auch Rumänien und Bulgarien, die bereits Minen vor ihren eigenen Küsten räumen, zeigten sich offen für eine "
        "Beteiligung, sofern ein Waffenstillstand hält."),
      P("BGR", "naval", "willing",
        "Auch Rumänien und Bulgarien, die bereits Minen vor ihren eigenen Küsten räumen, zeigten sich offen für eine "
        "Beteiligung, sofern ein Waffenstillstand hält."),
      C("TUR", "COALITION_OF_THE_WILLING", "delivered",
        "Außenminister Hakan Fidan hatte in der vergangenen Woche in Brüssel mit Vertretern der Koalition der Willigen "
        "über die Pläne beraten."),
      O("RUS", "naval", "pledged",
        "Moskau warnte Ankara davor, sich an einer „westlichen Militärpräsenz“ am Schwarzen Meer zu beteiligen."),
  ])

# de-004 interview Q&A: Romania's defence minister on the Patriot donation (October 2024)
A("de", 4, "2024-10-05", "Rumäniens Verteidigungsminister: „Wir geben ein Patriot-System ab, weil Ersatz kommt“",
  [
      "Rumänien hat als eines der letzten Nato-Länder an der Ostflanke beschlossen, der Ukraine eine Patriot-Batterie "
      "zu überlassen; wir sprachen in Bukarest mit Verteidigungsminister Angel Tîlvăr.",
      "Herr Minister, wer schließt die Lücke, die das Patriot-System hinterlässt?",
      "Die USA und andere Verbündete haben uns zugesichert, sie vorübergehend zu schließen, bis unsere neuen Systeme "
      "eintreffen.",
      "Welche Hilfe leistet Rumänien darüber hinaus?",
      "Wir betreiben gemeinsam mit den Niederlanden und dem Hersteller ein Ausbildungszentrum für F-16-Piloten in "
      "Fetești, in dem auch Ukrainer geschult werden.",
      "Und Soldaten, etwa für eine spätere Friedensmission?",
      "Rumänische Soldaten werden nicht in die Ukraine geschickt, das steht fest.",
      "Würden Sie russische Drohnen schon über der Ukraine abschießen, bevor sie Ihren Luftraum erreichen?",
      "Wir schießen über unserem eigenen Territorium ab, was eine Gefahr darstellt, nicht darüber hinaus.",
      "Moskau nennt die Patriot-Lieferung eine Provokation.",
      "Das ist ein Verteidigungssystem, es greift niemanden an.",
      "Liefern Sie auch Munition?",
      "Darüber sprechen wir nicht öffentlich.",
  ],
  [
      P("ROU", "air_defense", "pledged",
        "Rumänien hat als eines der letzten Nato-Länder an der Ostflanke beschlossen, der Ukraine eine "
        "Patriot-Batterie zu überlassen"),
      P("ROU", "training", "delivered",
        "Wir betreiben gemeinsam mit den Niederlanden und dem Hersteller ein Ausbildungszentrum für F-16-Piloten in "
        "Fetești, in dem auch Ukrainer geschult werden."),
      P("NLD", "training", "delivered",
        "Wir betreiben gemeinsam mit den Niederlanden und dem Hersteller ein Ausbildungszentrum für F-16-Piloten in "
        "Fetești, in dem auch Ukrainer geschult werden."),
      C("ROU", "NLD", "delivered",
        "Wir betreiben gemeinsam mit den Niederlanden und dem Hersteller ein Ausbildungszentrum für F-16-Piloten in "
        "Fetești"),
      D("ROU", "troops", "Rumänische Soldaten werden nicht in die Ukraine geschickt, das steht fest."),
      D("ROU", "air_defense",
        "Wir schießen über unserem eigenen Territorium ab, was eine Gefahr darstellt, nicht darüber hinaus."),
      O("RUS", "air_defense", "pledged", "Moskau nennt die Patriot-Lieferung eine Provokation."),
  ])

# de-005 reaction roundup: after the Trump-Putin phone call (February 2025)
A("de", 5, "2025-02-13", "Nach dem Telefonat zwischen Trump und Putin fürchtet Europa, übergangen zu werden",
  "Das rund anderthalbstündige Telefonat zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin hat in Europa "
  "Unruhe ausgelöst. "
  "Beide Seiten hätten vereinbart, dass ihre Teams unverzüglich Verhandlungen über ein Ende des Krieges aufnehmen, "
  "teilte das Weiße Haus mit. "
  "Erst danach rief Trump den ukrainischen Präsidenten an. "
  "Verteidigungsminister Boris Pistorius nannte es bedauerlich, dass Washington eine Nato-Mitgliedschaft der Ukraine "
  "schon vor Beginn der Verhandlungen öffentlich ausgeschlossen habe. "
  "Deutschland werde die Ukraine weiter mit Luftverteidigung unterstützen, betonte er. "
  "Großbritannien bekräftigte seine Bereitschaft, bei künftigen Sicherheitsgarantien eine Rolle zu übernehmen. "
  "Die Außenminister Deutschlands, Frankreichs, Polens, Italiens, Spaniens und Großbritanniens forderten in einer "
  "gemeinsamen Erklärung „starke Sicherheitsgarantien“ für die Ukraine. "
  "In Paris hieß es, es könne keinen Frieden über die Köpfe der Europäer und der Ukrainer hinweg geben. "
  "Der Kreml zeigte sich zufrieden und ließ erklären, ein Nato-Beitritt Kiews sei für Russland ohnehin "
  "„inakzeptabel“. "
  "Polens Regierungschef Donald Tusk schrieb, Europa müsse jetzt endlich erwachsen werden. "
  "Ungarns Außenminister begrüßte das Gespräch als „Rückkehr der Vernunft“.",
  [
      C("USA", "RUS", "delivered",
        "Das rund anderthalbstündige Telefonat zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin hat in "
        "Europa Unruhe ausgelöst."),
      C("USA", "UKR", "delivered", "Erst danach rief Trump den ukrainischen Präsidenten an."),
      O("USA", "nato_membership", "pledged",
        "dass Washington eine Nato-Mitgliedschaft der Ukraine schon vor Beginn der Verhandlungen öffentlich "
        "ausgeschlossen habe"),
      P("DEU", "air_defense", "delivered",
        "Deutschland werde die Ukraine weiter mit Luftverteidigung unterstützen, betonte er."),
      P("GBR", "security_guarantee", "willing",
        "Großbritannien bekräftigte seine Bereitschaft, bei künftigen Sicherheitsgarantien eine Rolle zu "
        "übernehmen."),
  ] + [
      S(c, "security_guarantee", "pledged",
        "Die Außenminister Deutschlands, Frankreichs, Polens, Italiens, Spaniens und Großbritanniens forderten in "
        "einer gemeinsamen Erklärung „starke Sicherheitsgarantien“ für die Ukraine.")
      for c in ("DEU", "FRA", "POL", "ITA", "ESP", "GBR")
  ] + [
      O("RUS", "nato_membership", "pledged",
        "ein Nato-Beitritt Kiews sei für Russland ohnehin „inakzeptabel“"),
  ])

# de-006 analysis, few claims: the 2025 budget draft (August 2024)
A("de", 6, "2024-08-20", "Halbiert oder umgeschichtet? Was der Haushaltsentwurf für die Ukraine-Hilfe bedeutet",
  "Im Entwurf für den Bundeshaushalt 2025 sind für die militärische Unterstützung der Ukraine rund vier Milliarden "
  "Euro eingeplant, etwa halb so viel wie in diesem Jahr. "
  "Das Finanzministerium verweist darauf, dass ein Großteil des künftigen Bedarfs aus einem internationalen Kredit "
  "gedeckt werden soll, der mit Erträgen aus eingefrorenen russischen Vermögen bedient wird. "
  "Kritiker in der Union und bei den Grünen halten diese Rechnung für riskant. "
  "Fachleute des Kieler Instituts für Weltwirtschaft rechnen vor, dass die Bundesrepublik gemessen an ihrer "
  "Wirtschaftsleistung deutlich weniger gibt als mehrere kleinere Partner. "
  "Bereits zugesagte Lieferungen, etwa weiterer Iris-T-Systeme, seien nicht betroffen, versichert das "
  "Verteidigungsministerium. "
  "Ob die Summe im parlamentarischen Verfahren noch aufgestockt wird, ist offen. "
  "Der Kanzler sagt, niemand müsse sich Sorgen machen, dass Deutschland in seiner Unterstützung nachlasse. "
  "Die Ukraine selbst verfolgt die Debatte aufmerksam und hat um Klarheit gebeten.",
  [
      P("DEU", "funding", "planned",
        "Im Entwurf für den Bundeshaushalt 2025 sind für die militärische Unterstützung der Ukraine rund vier "
        "Milliarden Euro eingeplant"),
      P("DEU", "air_defense", "pledged",
        "Bereits zugesagte Lieferungen, etwa weiterer Iris-T-Systeme, seien nicht betroffen, versichert das "
        "Verteidigungsministerium."),
  ])

# de-007 live ticker: Pistorius in Kyiv (June 2025)
A("de", 7, "2025-06-12", "Ukraine-Ticker: Pistorius in Kiew – 1,9 Milliarden Euro zusätzlich",
  [
      "07:40 Uhr – Verteidigungsminister Boris Pistorius ist zu einem unangekündigten Besuch in Kiew eingetroffen.",
      "08:25 Uhr – In der Nacht hat Russland erneut Kiew und Charkiw mit Drohnen angegriffen; die ukrainische "
      "Luftwaffe meldet Dutzende Abschüsse.",
      "09:50 Uhr – Pistorius kündigt an, Deutschland werde in diesem Jahr zusätzlich 1,9 Milliarden Euro für die "
      "Ukraine bereitstellen.",
      "10:30 Uhr – Ein Teil des Geldes soll in die Produktion von Drohnen und Artilleriemunition in ukrainischen "
      "Betrieben fließen, heißt es aus seiner Delegation.",
      "11:15 Uhr – Der Minister trifft seinen ukrainischen Amtskollegen; beide unterzeichnen eine Absichtserklärung "
      "über gemeinsame Rüstungsprojekte.",
      "12:40 Uhr – Aus dem Kreml heißt es, deutsche Waffen würden den Konflikt „nur verlängern“.",
      "13:05 Uhr – Auf die Frage nach Bundeswehrsoldaten zur Absicherung eines künftigen Waffenstillstands sagt "
      "Pistorius, diese Frage stelle sich heute nicht.",
      "14:20 Uhr – Die Niederlande sagen parallel 300 Millionen Euro für Radaranlagen der ukrainischen "
      "Luftverteidigung zu.",
      "15:45 Uhr – Selenskyj bedankt sich und wirbt erneut um zusätzliche Patriot-Systeme.",
      "17:10 Uhr – Auch Schweden will sich an der Finanzierung weiterer Iris-T-Systeme beteiligen, teilt die Regierung "
      "in Stockholm mit.",
      "18:30 Uhr – Pistorius reist am Abend weiter nach Odessa.",
  ],
  [
      C("DEU", "UKR", "delivered",
        "Verteidigungsminister Boris Pistorius ist zu einem unangekündigten Besuch in Kiew eingetroffen."),
      P("DEU", "funding", "pledged",
        "Pistorius kündigt an, Deutschland werde in diesem Jahr zusätzlich 1,9 Milliarden Euro für die Ukraine "
        "bereitstellen."),
      P("DEU", "weapons", "planned",
        "Ein Teil des Geldes soll in die Produktion von Drohnen und Artilleriemunition in ukrainischen Betrieben "
        "fließen, heißt es aus seiner Delegation."),
      P("DEU", "ammunition", "planned",
        "Ein Teil des Geldes soll in die Produktion von Drohnen und Artilleriemunition in ukrainischen Betrieben "
        "fließen, heißt es aus seiner Delegation."),
      P("DEU", "technical_assistance", "planned",
        "beide unterzeichnen eine Absichtserklärung über gemeinsame Rüstungsprojekte"),
      O("RUS", "weapons", "pledged",
        "Aus dem Kreml heißt es, deutsche Waffen würden den Konflikt „nur verlängern“."),
      P("NLD", "funding", "pledged",
        "Die Niederlande sagen parallel 300 Millionen Euro für Radaranlagen der ukrainischen Luftverteidigung zu."),
      P("NLD", "air_defense", "pledged",
        "Die Niederlande sagen parallel 300 Millionen Euro für Radaranlagen der ukrainischen Luftverteidigung zu."),
      P("SWE", "funding", "willing",
        "Auch Schweden will sich an der Finanzierung weiterer Iris-T-Systeme beteiligen, teilt die Regierung in "
        "Stockholm mit."),
      P("SWE", "air_defense", "willing",
        "Auch Schweden will sich an der Finanzierung weiterer Iris-T-Systeme beteiligen, teilt die Regierung in "
        "Stockholm mit."),
  ])

# de-008 long feature: the fight for Ukraine's skies (December 2024)
A("de", 8, "2024-12-20", "Der lange Kampf um den Himmel über der Ukraine",
  [
      "BERLIN – Als im Frühjahr 2024 russische Raketen fast ungehindert ukrainische Kraftwerke trafen, schickte das "
      "Kanzleramt einen ungewöhnlichen Brief an die Hauptstädte der Verbündeten. "
      "Deutschland gebe selbst ein drittes Patriot-System ab, hieß es darin, und bitte die Partner, ihre Bestände "
      "ebenfalls zu prüfen. "
      "Daraus entstand eine Initiative für sofortige Luftverteidigung, die Berlin gemeinsam mit den Niederlanden und "
      "Belgien ins Leben rief.",
      "Die Bilanz fällt gemischt aus. "
      "Madrid lieferte Patriot-Raketen aus eigenen Beständen, wollte aber die in der Türkei stationierte Batterie "
      "nicht abgeben. "
      "Rumänien entschied sich nach monatelangem Zögern, eines seiner Systeme zu überlassen. "
      "Griechenland lehnte ab. "
      "Die Niederlande steuerten Startgeräte und Raketen bei und sagten zu, aus Einzelteilen ein weiteres komplettes "
      "System zusammenzustellen.",
      "Die USA kündigten im Sommer an, Abfangraketen vorrangig an die Ukraine statt an andere Kunden auszuliefern. "
      "Daneben setzt die Ukraine auf das deutsche Iris-T-System, von dem Berlin bis Ende 2024 mehr als ein halbes "
      "Dutzend Feuereinheiten geliefert hat. "
      "Für die Gepard-Flugabwehrpanzer, die Deutschland ebenfalls abgegeben hat, verweigert die Schweiz weiterhin die "
      "Weitergabe von Munition aus Schweizer Produktion. "
      "Frankreich und Italien haben gemeinsam ein SAMP/T-System gestellt, Frankreich liefert zudem Aster-Raketen.",
      "Litauen finanzierte zwei NASAMS-Startgeräte für Kiew. "
      "Für 2025 hat der Haushaltsausschuss des Bundestages bereits weitere Mittel für Iris-T-Systeme freigegeben.",
      "Moskau reagiert auf jede dieser Lieferungen mit Drohungen. "
      "Der russische Botschafter in Berlin nannte die Patriot-Abgabe eine direkte Beteiligung Deutschlands am Krieg. "
      "Fachleute schätzen, dass die Ukraine für einen wirksamen Schutz ihrer Städte mindestens 25 Patriot-Systeme "
      "bräuchte. "
      "Ein Militärexperte spielte kürzlich durch, was geschähe, wenn Nato-Staaten Raketen über der Westukraine "
      "abfangen würden. "
      "Ob das alles für den Winter reicht, wird sich zeigen.",
  ],
  [
      P("DEU", "air_defense", "delivered",
        "von dem Berlin bis Ende 2024 mehr als ein halbes Dutzend Feuereinheiten geliefert hat"),
      C("DEU", "NLD", "delivered",
        "Daraus entstand eine Initiative für sofortige Luftverteidigung, die Berlin gemeinsam mit den Niederlanden "
        "und Belgien ins Leben rief."),
      C("DEU", "BEL", "delivered",
        "Daraus entstand eine Initiative für sofortige Luftverteidigung, die Berlin gemeinsam mit den Niederlanden "
        "und Belgien ins Leben rief."),
      P("ESP", "air_defense", "delivered", "Madrid lieferte Patriot-Raketen aus eigenen Beständen"),
      D("ESP", "air_defense",
        "Madrid lieferte Patriot-Raketen aus eigenen Beständen, wollte aber die in der Türkei stationierte Batterie "
        "nicht abgeben."),
      P("ROU", "air_defense", "pledged",
        "Rumänien entschied sich nach monatelangem Zögern, eines seiner Systeme zu überlassen."),
      D("GRC", "air_defense", "Griechenland lehnte ab."),
      P("NLD", "air_defense", "delivered",
        "Die Niederlande steuerten Startgeräte und Raketen bei und sagten zu, aus Einzelteilen ein weiteres "
        "komplettes System zusammenzustellen."),
      P("USA", "air_defense", "pledged",
        "Die USA kündigten im Sommer an, Abfangraketen vorrangig an die Ukraine statt an andere Kunden "
        "auszuliefern."),
      D("CHE", "ammunition",
        "verweigert die Schweiz weiterhin die Weitergabe von Munition aus Schweizer Produktion"),
      P("FRA", "air_defense", "delivered",
        "Frankreich und Italien haben gemeinsam ein SAMP/T-System gestellt, Frankreich liefert zudem "
        "Aster-Raketen."),
      P("ITA", "air_defense", "delivered",
        "Frankreich und Italien haben gemeinsam ein SAMP/T-System gestellt"),
      C("FRA", "ITA", "delivered",
        "Frankreich und Italien haben gemeinsam ein SAMP/T-System gestellt"),
      P("LTU", "funding", "delivered", "Litauen finanzierte zwei NASAMS-Startgeräte für Kiew."),
      P("LTU", "air_defense", "delivered", "Litauen finanzierte zwei NASAMS-Startgeräte für Kiew."),
      P("DEU", "funding", "pledged",
        "Für 2025 hat der Haushaltsausschuss des Bundestages bereits weitere Mittel für Iris-T-Systeme "
        "freigegeben."),
      O("RUS", "air_defense", "pledged",
        "Der russische Botschafter in Berlin nannte die Patriot-Abgabe eine direkte Beteiligung Deutschlands am "
        "Krieg."),
  ])


# =====================================================================================================================
# write
# =====================================================================================================================

def main():
    problems = []
    by_lang = {"it": [], "en": [], "fr": [], "de": []}
    for a in ARTICLES:
        lang = a["language"]
        out = dict(a)
        out["title"] = typo(lang, a["title"])
        out["text"] = typo(lang, a["text"])
        gold = []
        for r in a["gold"]:
            r = dict(r)
            r["quote"] = typo(lang, r["quote"])
            if r["quote"] not in out["text"]:
                problems.append(f"{a['id']}: quote not in text: {r['quote'][:80]!r}")
            gold.append(r)
        out["gold"] = gold
        by_lang[lang].append(out)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    order = ["id", "language", "title", "published_at", "text", "gold"]
    for lang, arts in by_lang.items():
        arts.sort(key=lambda x: x["id"])
        with open(os.path.join(HERE, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for a in arts:
                f.write(json.dumps({k: a[k] for k in order}, ensure_ascii=False) + "\n")
        print(f"{lang}.jsonl: {len(arts)} articles, {sum(len(a['gold']) for a in arts)} gold rows")


if __name__ == "__main__":
    main()
