"""Each section of a DAP, SOAP or free note comes with guidance, and changing format never loses text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.note_templates import (
    convert_note,
    has_content,
    is_blank,
    is_untouched_template,
    moves_text,
    template_for,
    templates,
)
from peksos_desk.domain.practice import NOTE_SECTION_LABELS, NoteFormat

DAP = {"data": "Klien datang tepat waktu, tampak cemas.", "assessment": "Risiko sedang.",
       "plan": "Kunjungan rumah minggu depan."}


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_every_section_of_every_format_has_guidance_in_both_languages(fmt):
    guides = templates(fmt)
    assert tuple(g.key for g in guides) == fmt.sections
    for guide in guides:
        assert guide.label == NOTE_SECTION_LABELS[guide.key]
        for language in ("id", "en"):
            assert len(guide.prompt.render(language)) > 40
            lines = guide.template.render(language).splitlines()
            assert len(lines) >= 3
            assert all(line.endswith(":") for line in lines)  # headed prompts to fill in
        assert guide.prompt.id != guide.prompt.en


def test_the_dap_data_template_asks_what_was_said_and_observed():
    guide = template_for(NoteFormat.DAP, "data")
    assert guide.template.id.startswith("Apa yang dikatakan dan diamati:")
    assert guide.template.en.startswith("What was said and observed:")
    with pytest.raises(KeyError):
        template_for(NoteFormat.DAP, "subjective")


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_untouched_template_says_nothing(language):
    template = template_for(NoteFormat.SOAP, "objective").template.render(language)
    assert is_untouched_template(template)
    assert is_untouched_template("\n" + template.replace("\n", "  \n") + "\n\n")
    assert is_blank(template) and is_blank("  \n") and is_blank("")
    filled = template.replace("interaksi:", "interaksi: kontak mata baik").replace(
        "interaction:", "interaction: good eye contact")
    assert not is_untouched_template(filled)
    assert has_content({"subjective": "", "objective": filled})
    assert not has_content({"subjective": " ", "objective": template})


def test_a_dap_note_becomes_one_narrative_with_headings():
    narrative = convert_note(DAP, NoteFormat.DAP, NoteFormat.FREE, "id")
    assert narrative == {"narrative": "Data:\nKlien datang tepat waktu, tampak cemas.\n\n"
                                      "Asesmen:\nRisiko sedang.\n\nRencana:\nKunjungan rumah minggu depan."}


@pytest.mark.parametrize(("source", "target"), [
    (NoteFormat.DAP, NoteFormat.FREE), (NoteFormat.DAP, NoteFormat.SOAP), (NoteFormat.SOAP, NoteFormat.FREE),
    (NoteFormat.SOAP, NoteFormat.DAP)])
@pytest.mark.parametrize("language", ["id", "en"])
def test_changing_format_and_back_gives_the_note_back(source, target, language):
    note = DAP if source is NoteFormat.DAP else {"subjective": "Klien merasa lelah.", "objective": "Tampak pucat.",
                                                  "assessment": "Stres berat.", "plan": "Rujuk ke Puskesmas."}
    there = convert_note(note, source, target, language)
    assert convert_note(there, target, source, language) == note


def test_a_free_narrative_moves_into_the_first_section():
    assert convert_note({"narrative": "Sesi berjalan baik.\nKlien tenang."}, NoteFormat.FREE, NoteFormat.SOAP) == {
        "subjective": "Sesi berjalan baik.\nKlien tenang.", "objective": "", "assessment": "", "plan": ""}


def test_soap_subjective_and_objective_join_in_dap_data():
    note = {"subjective": "Klien merasa lelah.", "objective": "Tampak pucat.", "assessment": "A", "plan": "P"}
    assert convert_note(note, NoteFormat.SOAP, NoteFormat.DAP, "en") == {
        "data": "Subjective:\nKlien merasa lelah.\n\nObjective:\nTampak pucat.", "assessment": "A", "plan": "P"}


def test_untouched_templates_are_not_carried_along():
    template = template_for(NoteFormat.DAP, "data").template.id
    note = {"data": template, "assessment": "Risiko sedang.", "plan": ""}
    assert not moves_text(note, NoteFormat.DAP, NoteFormat.SOAP)
    assert convert_note(note, NoteFormat.DAP, NoteFormat.SOAP) == {
        "subjective": "", "objective": "", "assessment": "Risiko sedang.", "plan": ""}


def test_only_text_that_changes_section_counts_as_moving():
    shared_only = {"data": "", "assessment": "Risiko sedang.", "plan": "Kunjungan."}
    assert not moves_text(shared_only, NoteFormat.DAP, NoteFormat.SOAP)
    assert moves_text(shared_only, NoteFormat.DAP, NoteFormat.FREE)
    assert moves_text(DAP, NoteFormat.DAP, NoteFormat.SOAP)
    assert not moves_text({}, NoteFormat.FREE, NoteFormat.DAP)
    assert not moves_text({"data": "x"}, NoteFormat.DAP, NoteFormat.DAP)


_words = st.text(alphabet="abcdefghij klmnop\n", min_size=0, max_size=60)


@given(st.fixed_dictionaries({key: _words for key in NoteFormat.SOAP.sections}),
       st.sampled_from([NoteFormat.DAP, NoteFormat.FREE]))
def test_no_written_text_is_lost_by_a_change_of_format(note, target):
    converted = "\n".join(convert_note(note, NoteFormat.SOAP, target, "id").values())
    for text in note.values():
        if text.strip():
            assert text.strip("\n") in converted
