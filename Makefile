# Targets named in the README.
.PHONY: install demo test lint typecheck serve bench clean

install:            ## install chainkg and its dev tools into .venv
	python3 -m venv .venv && .venv/bin/pip install -e '.[dev]'

demo:               ## ingest the bundled sample report and answer sample queries
	.venv/bin/chainkg demo

test:               ## lint, type-check and run every test (same as .ci/run)
	bash scripts/test

lint:
	.venv/bin/ruff check .

typecheck:
	.venv/bin/mypy

serve:              ## HTTP API on http://127.0.0.1:8000 (docs at /docs)
	.venv/bin/chainkg serve

bench:              ## extractor throughput against bare jieba
	.venv/bin/python bench/extract_throughput.py

clean:
	rm -rf .venv build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
