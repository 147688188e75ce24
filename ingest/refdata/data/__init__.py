"""Reference data files (YAML), read with importlib.resources; a package so that wheels include them."""
