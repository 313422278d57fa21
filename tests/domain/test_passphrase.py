from casedesk.domain.passphrase import estimate_strength


def test_short_or_repetitive_or_common_passphrases_are_weak():
    for weak in ("", "abc", "aaaaaaaaaaaaaaaaaaaa", "contraseña123", "Password1!"):
        assert estimate_strength(weak).score <= 1, weak


def test_several_unrelated_words_are_strong():
    assert estimate_strength("tortuga violeta bajo la lluvia de Mérida").score == 4
    assert estimate_strength("faro cactus 1987 azul").score >= 3


def test_the_verdict_is_said_in_both_languages():
    strength = estimate_strength("abc")
    assert strength.message("es").startswith("Muy débil") and strength.message("en").startswith("Very weak")
