#!/usr/bin/env python3
"""Fills resources/translations/tessera_<lang>.ts from resources/translations/<lang>_glossary.py.

Run after `cmake --build build/dev --target update_translations` (lupdate). Messages whose source text is in the
glossary get that translation (finished); others stay "unfinished" and show in English. Prints the coverage.
Usage: scripts/translate.py es
"""
import importlib.util
import pathlib
import sys
import xml.etree.ElementTree as ET

lang = sys.argv[1] if len(sys.argv) > 1 else "es"
root = pathlib.Path(__file__).resolve().parent.parent / "resources" / "translations"
spec = importlib.util.spec_from_file_location("glossary", root / f"{lang}_glossary.py")
glossary = importlib.util.module_from_spec(spec)
spec.loader.exec_module(glossary)
table = getattr(glossary, lang.upper())
# Optional: translations for one context only, keyed by (context, source) — where the same English needs a shorter
# or different wording in one place (a crowded button row).
by_context = getattr(glossary, lang.upper() + "_BY_CONTEXT", {})

ts_path = root / f"tessera_{lang}.ts"
tree = ET.parse(ts_path)
total = done = 0
for context in tree.getroot().iter("context"):
    context_name = context.find("name").text or ""
    for message in context.iter("message"):
        total += 1
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        value = by_context.get((context_name, source), table.get(source))
        for child in list(translation):
            translation.remove(child)
        if value is None:
            translation.text = None
            translation.set("type", "unfinished")
            continue
        done += 1
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value[0] if isinstance(value, tuple) else value
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
with open(ts_path, "r+", encoding="utf-8") as f:  # keep Linguist's doctype line
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"translate: {lang}: {done} of {total} messages translated")
