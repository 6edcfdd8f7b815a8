"""The Korean catalogue: English message template -> Korean template.

Every message a student sees is written in English with ``helpers.i18n.tr`` and
looked up here when the language is Korean. A Korean template keeps the same
``{placeholders}`` (with their format specs), the same code in backticks and the
same numbers; ``tests/test_i18n.py`` fails for a message without its Korean.

Terms follow the course glossary (``solutions/00_glossary.md``, 한국어 column):
가중치, 편향, 활성화 함수, 기울기, 업스트림 그래디언트, 손실, 배열, 모양(shape),
에포크, 테스트 집합, 리키 ReLU, 0 중심. The style is a lecturer speaking to a
student: short, polite (합니다체), plain.
"""

KO: dict[str, str] = {}
