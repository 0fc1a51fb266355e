#!/usr/bin/env bash
# Install dependencies, configure and build Docket with the "default" preset (build/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup-deps.sh
cmake --preset default
cmake --build --preset default
