#!/usr/bin/env bash
# Checks that C++ sources follow .clang-format (clang-format 14). Prints the diff that would fix
# them. `ninja format` (or `cmake --build build --target format`) reformats the whole tree.
#
#   scripts/check-format.sh                the lines changed since the merge-base of HEAD with
#                                          origin/main (else main), and uncommitted changes
#   scripts/check-format.sh --base REF     the lines changed since REF, and uncommitted changes
#   scripts/check-format.sh --last-commit  the lines changed by the last commit (HEAD~1; only
#                                          uncommitted changes when there is no HEAD~1, as in a
#                                          shallow clone): what ctest's format_changed_lines runs
#   scripts/check-format.sh FILE...        whole files, in or out of git
#
# Only lines that changed are checked (git clang-format), so code nobody touched is never
# blamed; *.cpp and *.h under core ui app tests bench.
# Exit status: 0 formatted or nothing to check, 1 not formatted, 2 usage,
# 77 cannot check here (no clang-format, or not a git work tree), which ctest reports as skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

folders=(core ui app tests bench)
clang_format=$(command -v clang-format-14 || command -v clang-format || true)
git_clang_format=$(command -v git-clang-format-14 || command -v git-clang-format || true)
if [ -z "$clang_format" ]; then
  echo "check-format: clang-format is not installed (Debian: clang-format); not checked" >&2
  exit 77
fi

base=""
mode=merge-base
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) [ $# -ge 2 ] || { echo "check-format: --base needs a revision" >&2; exit 2; }
            base=$2; mode=base; shift 2 ;;
    --last-commit) mode=last-commit; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "check-format: unknown option $1 (try --help)" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done

if [ ${#files[@]} -gt 0 ]; then
  status=0
  for f in "${files[@]}"; do
    if ! "$clang_format" --style=file "$f" | diff -u --label "$f" --label "$f (formatted)" "$f" -; then
      status=1
    fi
  done
  [ $status -eq 0 ] && echo "check-format: ${#files[@]} file(s) follow .clang-format"
  exit $status
fi

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1 || [ -z "$git_clang_format" ]; then
  echo "check-format: not a git work tree (or no git-clang-format): give files to check" >&2
  exit 77
fi

case "$mode" in
  base) git rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "check-format: unknown revision $base" >&2; exit 2; } ;;
  last-commit)
    if git rev-parse --verify -q HEAD~1 >/dev/null; then base=HEAD~1; else base=HEAD; fi ;;
  merge-base)
    for main in origin/main main; do
      if git rev-parse --verify -q "$main" >/dev/null; then
        base=$(git merge-base HEAD "$main")
        break
      fi
    done
    [ -n "$base" ] || base=HEAD ;;
esac

# git clang-format --diff prints the diff that would format the changed lines (its exit status
# says nothing in clang 14), or one of two sentences when there is nothing to change.
out=$("$git_clang_format" --binary "$clang_format" --style file --extensions cpp,h --diff "$base" -- "${folders[@]}")
case "$out" in
  "" | "no modified files to format" | "clang-format did not modify any files")
    echo "check-format: lines changed since $(git rev-parse --short "$base") follow .clang-format"
    exit 0 ;;
esac
echo "$out"
echo "check-format: the lines above, changed since $(git rev-parse --short "$base"), do not follow .clang-format." >&2
echo "check-format: fix with: git add -u && git clang-format --binary $clang_format $base -- ${folders[*]}" >&2
exit 1
