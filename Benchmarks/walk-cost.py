#!/usr/bin/env python3
"""What the walks over an article's Markdown tree cost, from a `perf record -g` of a build (issue 29, item 2).

    perf record -F 2000 -g -o build.data guichet build --clean ...   # any build
    python3 Benchmarks/walk-cost.py build.data

Each article's tree is walked by several passes: cmark's nodes copied into Swift values, the reference
transformation, the figure check's prose blocks, the HTML writer, the Markdown twin's writer and the plain
text of the search. Fusing them into one walk would save the walking, not the work done at each node. This
prints, for each pass, the samples whose innermost frame, once the runtime's retain, release, copy and
allocation helpers (which the walking itself causes) are passed over, is the pass's walking function: an
upper bound of what the walking costs, since those functions also do part of the pass's work. Work they
call (appending to a string, scanning text) is not counted: a single walk would do it too.
"""
import collections
import re
import subprocess
import sys

RUNTIME = ('swift_retain', 'swift_release', 'swift_bridgeObject', 'outlined ', 'swift_arrayInitWithCopy',
           'swift_arrayDestroy', 'initializeWithCopy', 'destroy for', 'swift::RefCounts', '_int_malloc', 'malloc',
           '_int_free', 'free', 'cfree', 'swift_allocObject', 'swift_deallocObject', '__memmove',
           'swift_isUniquelyReferenced', 'specialized _ContiguousArrayBuffer', 'specialized ContiguousArray',
           '_ContiguousArrayStorage', 'swift_slowAlloc', 'swift_slowDealloc', 'unlink_chunk', 'swift_once')
WALKS = [
    ('MarkdownTransformer.visit', 'reference transformation'),
    ('MarkdownTransformer.transform', 'reference transformation'),
    ('MarkdownWriter.block', 'Markdown twin writer'),
    ('MarkdownWriter.inline', 'Markdown twin writer'),
    ('MarkdownWriter.write', 'Markdown twin writer'),
    ('MarkdownWriter.paragraphLines', 'Markdown twin writer'),
    ('HTMLWriter.write', 'HTML writer'),
    ('HTMLRenderer.render', 'HTML writer'),
    ('ProseBlock.collect', 'figure check (prose blocks)'),
    ('ProseBlock.append', 'figure check (prose blocks)'),
    ('MarkdownNode.appendChildren', 'plain text (search)'),
    ('MarkdownNode.appendPlainText', 'plain text (search)'),
    ('MarkdownNode.plainText', 'plain text (search)'),
    ('CmarkTreeConverter', 'cmark nodes copied into Swift values'),
]


def stacks(data):
    script = subprocess.run(['perf', 'script', '-i', data], capture_output=True, text=True, check=True).stdout
    demangled = subprocess.run(['swift', 'demangle', '--simplified'], input=script, capture_output=True,
                               text=True, check=True).stdout
    current = []
    for line in demangled.splitlines():
        if not line.strip():
            if current:
                yield current
            current = []
        elif line[0] not in ' \t':
            current = []
        else:
            match = re.match(r'[0-9a-f]+ (.*) \([^()]*\)$', line.strip())
            current.append(re.sub(r'\+0x[0-9a-f]+$', '', match.group(1) if match else line.strip()))
    if current:
        yield current


def main():
    counts = collections.Counter()
    total = 0
    for frames in stacks(sys.argv[1]):
        total += 1
        inner = next((frame for frame in frames if not frame.startswith(RUNTIME)), None)
        for name, walk in WALKS:
            if inner and name in inner:
                counts[walk] += 1
                break
    print(f'{total} samples; the walking functions\' own time (innermost frame but the runtime\'s helpers), % of all:')
    for walk, count in counts.most_common():
        print(f'  {100 * count / total:5.2f} %  {walk}')
    print(f'  {100 * sum(counts.values()) / total:5.2f} %  every walk')


if __name__ == '__main__':
    main()
