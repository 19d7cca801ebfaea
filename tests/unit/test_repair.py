from chainkg.ingest.repair import repair

TEXT = "运城市经济开发\n区管委会牵头组建产教联\n\n合体，聚合 54 家企业。\n新的段落从这里开始。"


def test_line_breaks_between_cjk_are_joined() -> None:
    r = repair(TEXT)
    assert "运城市经济开发区管委会" in r.text
    assert "产教联合体" in r.text


def test_spaces_next_to_digits_and_cjk_are_removed() -> None:
    assert "聚合54家企业" in repair(TEXT).text


def test_paragraph_after_sentence_end_is_kept() -> None:
    assert "企业。\n新的段落" in repair(TEXT).text


def test_spaces_between_latin_words_stay() -> None:
    assert repair("Hello  world 项目").text == "Hello world项目"


def test_offsets_map_back_to_original() -> None:
    r = repair(TEXT)
    i = r.text.index("运城市经济开发区管委会")
    start, end = r.span(i, i + len("运城市经济开发区管委会"))
    assert TEXT[start:end] == "运城市经济开发\n区管委会"
    j = r.text.index("54家")
    assert r.original_slice(j, j + 3) == "54 家"


def test_folded_is_nfkc_per_character_and_same_length() -> None:
    r = repair("山西（阳泉）智创城ＡＢＣ１２")
    assert r.text == "山西（阳泉）智创城ＡＢＣ１２"
    assert r.folded == "山西(阳泉)智创城ABC12"
    assert len(r.folded) == len(r.text)


def test_empty_text() -> None:
    r = repair("")
    assert r.text == ""
    assert r.span(0, 0) == (0, 0)
