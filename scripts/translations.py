#!/usr/bin/env python3
"""Keeps translations/omnicrm_{ar,en}.ts complete after lupdate has refreshed them.

  translations.py finish-en            English: every unfinished message takes its source text
  translations.py merge FILE.tsv ...   Arabic: fills messages from context<TAB>source<TAB>arabic lines
  translations.py reuse OLD.ts          Arabic: an unfinished message takes the translation its source
                                       text had in OLD.ts under any context (strings that moved class)
  translations.py check                lists unfinished or empty messages; exit 1 when any

Run `cmake --build build/dev --target update_translations` (lupdate) first.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"
FILES = {"ar": ROOT / "omnicrm_ar.ts", "en": ROOT / "omnicrm_en.ts"}
AR_PLURALS = 6  # Arabic has six plural forms in Qt's rules


def load(lang):
    return ET.parse(FILES[lang])


def save(tree, lang):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    FILES[lang].write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                           encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def set_translation(message, text, plural_forms):
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text] * plural_forms
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text[0] if isinstance(text, list) else text


def finish_en():
    tree = load("en")
    for _, message in messages(tree):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not (translation.text or list(translation)):
            source = message.findtext("source")
            set_translation(message, [source, source], 2)
    save(tree, "en")


def merge(paths):
    table = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                sys.exit(f"{path}:{number}: expected context<TAB>source<TAB>arabic")
            context, source, arabic = parts[0], parts[1].replace("\\n", "\n"), parts[2].replace("\\n", "\n")
            forms = [f.replace("\\n", "\n") for f in parts[2:]] if len(parts) > 3 else arabic
            table[(context, source)] = forms
    tree = load("ar")
    filled = 0
    for context, message in messages(tree):
        key = (context, message.findtext("source"))
        if key in table:
            set_translation(message, table[key], AR_PLURALS)
            filled += 1
    save(tree, "ar")
    print(f"merged {filled} of {len(table)} lines")


def reuse(old_path):
    known = {}
    for _, message in messages(ET.parse(old_path)):
        translation = message.find("translation")
        if translation.get("type") is None and (translation.text or list(translation)):
            forms = [f.text for f in translation] if list(translation) else translation.text
            known.setdefault(message.findtext("source"), forms)
    tree = load("ar")
    filled = 0
    for _, message in messages(tree):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation.get("type") == "unfinished" and source in known:
            set_translation(message, known[source], AR_PLURALS)
            filled += 1
    save(tree, "ar")
    print(f"reused {filled} translations")


def check():
    missing = []
    for lang in FILES:
        for context, message in messages(load(lang)):
            translation = message.find("translation")
            empty = not (translation.text or "").strip() and not any((f.text or "").strip() for f in translation)
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
                missing.append(f"{lang}: {context}: {message.findtext('source')!r}")
    print("\n".join(missing) if missing else "all messages translated")
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "finish-en":
        finish_en()
    elif command == "merge":
        merge(sys.argv[2:])
    elif command == "reuse":
        reuse(sys.argv[2])
    else:
        sys.exit(check())
