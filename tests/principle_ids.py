"""The public contract of the built-in principle sets, written once for every test: each set's
id and its principles' slugs, in order (plan files name them, so they must never change)."""

from __future__ import annotations

PRINCIPLE_SLUGS: dict[str, list[str]] = {
    "fol": ["sharing-power", "sharing-knowledge", "being-inclusive"],
    "newham": [
        "clear-influence",
        "build-on-existing-conversations",
        "meet-people-where-they-are",
        "trusted-partners",
        "mix-of-stakeholders",
        "build-capacity",
        "show-influence",
        "pragmatic-consensus",
    ],
    "ourlife": [
        "valuing-communities",
        "mutual-recognition",
        "staff-training",
        "equalities",
        "independent-community-organisations",
        "co-design-of-services",
        "participatory-appraisal",
        "co-production-flourishes",
        "independent-support",
    ],
    "demsoc": [
        "everyone-contributes",
        "sharing-power",
        "agency-for-excluded",
        "ask-those-affected",
        "empower-decision-making",
        "truly-listen",
        "meet-people-where-they-are",
        "ongoing-dialogue",
        "build-relationships",
        "whos-not-in-the-room",
        "many-avenues",
        "lived-experience",
        "understand-purpose",
        "dont-assume",
        "take-a-chance",
        "find-your-tribe",
    ],
    "glasshouse": [
        "shared-starting-point",
        "shared-responsibility",
        "shared-success",
        "involved-from-start",
        "honest-scope",
        "community-as-network",
    ],
    "trueman": ["range-of-people", "capture-stories", "embrace-challenge", "blank-canvas"],
}

SET_COUNTS = {set_id: len(slugs) for set_id, slugs in PRINCIPLE_SLUGS.items()}
