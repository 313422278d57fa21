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


def test_proposed_passphrases_are_random_words_and_rate_strong():
    from casedesk.domain.passphrase import _WORDS, propose_passphrase
    proposals = {propose_passphrase() for _ in range(50)}
    assert len(proposals) == 50
    for proposal in proposals:
        assert len(proposal.split()) == 7 and all(word in _WORDS for word in proposal.split())
    assert len(set(_WORDS)) >= 230        # 7.86 bits a word: 7 words ≈ 55 bits
    assert estimate_strength(next(iter(proposals))).score >= 3


def test_the_verdict_is_plain_words_with_advice_and_never_figures():
    samples = ("", "abc", "aaaaaaaaaaaaaaaaaaaa", "libertad venezuela", "Password1!", "mi perro fido",
               "mi gato come pescado", "tortuga violeta bajo la lluvia", "cinco palabras sin relación entre sí")
    labels = set()
    for sample in samples:
        strength = estimate_strength(sample)
        labels.add(strength.label("es"))
        for language in ("es", "en"):
            said = strength.message(language).lower()
            assert not any(word in said for word in ("bit", "entrop", "entropía")), said
            assert not any(character.isdigit() for character in said), said
            assert strength.hint(language) and said.startswith(strength.label(language).lower())
    assert {"Débil", "Aceptable", "Fuerte"} <= labels
    assert estimate_strength("mi perro fido").hint("es") == "añada dos o tres palabras más, sin relación entre sí."
    assert "libertad" in estimate_strength("libertad venezuela").hint("en")          # says why it is weak
