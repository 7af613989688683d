"""app.core.messages: a Message is the English str it always was (the CLI and --json unchanged) and
keeps its template and values for the GUI's translation."""

from __future__ import annotations

import json
import pickle

from app.core.messages import Message


def test_a_message_is_its_english_text():
    m = Message("{n:,} images, {share:.0%} kept{more}", n=12345, share=0.5, more=Message(" and {k} more", k=2))
    assert m == "12,345 images, 50% kept and 2 more" and isinstance(m, str)
    assert m.template == "{n:,} images, {share:.0%} kept{more}" and m.values["n"] == 12345
    assert f"- {m}" == "- 12,345 images, 50% kept and 2 more" and str(m) == m
    assert json.dumps({"advice": m}) == json.dumps({"advice": "12,345 images, 50% kept and 2 more"})


def test_a_message_without_values_is_its_template():
    m = Message("no val/*_loss columns: {not a field}")
    assert m == m.template and m.values == {}


def test_a_message_survives_pickling_with_its_parts():
    m = Message("same {label} as line {line}{near}", label="cat", line=3, near=Message(" ({c:.2f})", c=0.5))
    back = pickle.loads(pickle.dumps(m))
    assert back == m and isinstance(back, Message) and back.template == m.template
    assert isinstance(back.values["near"], Message) and back.values["near"].template == " ({c:.2f})"
