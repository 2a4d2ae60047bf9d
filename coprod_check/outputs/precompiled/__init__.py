"""The built-in templates compiled by tools/compile_templates.py: do not edit.

Used only while JINJA2 is the installed jinja2, SOURCES the templates' hashes and
PROBES the hashes of the probe as the report environments compile it."""

JINJA2 = '3.1.6'
PROBES = {'html': 'b9be091c3248a78dbeb50d441b0828ffa327cc60372c0771f0ed65ad7907f944', 'markdown': '272d779492c59bb8c7afb1f458238e918181eae0bb07c0e78cb29164c61c024a'}
SOURCES = {
    '_evidence.html.j2': '506be6a6e6e1706a963dee5ebe2f12cc4c1b884ae56e3fdd7cac43814724f40c',
    '_evidence.md.j2': '620a855ba1c1be48503ca232969ef6c03e58872622740a5ae4a0129035245563',
    '_ladder.svg.j2': '9fcc53112fd16566541c391d1fb793b3e5d26b6e93c5187098f46824a23eb930',
    '_method.html.j2': 'd1c4d9a0dafb59c4f0a379ac71b84b011163ab214bb5851886a81ce4ad5a5227',
    '_method.md.j2': '753b808d344eb863383e71f98292c1ba12111dd8e4202e2cc1eddd7ee795371d',
    '_report.html.j2': '35c773948b4b32ffc3273d539e83207b23db5e4c6ab4f7d61a550f25cc7a85cb',
    '_report.md.j2': '9bd652844e09b172b8807fa91f65496ee1f53bd6e5c7551d85959a38107e8bb4',
    '_style.css.j2': '5aa84bdbda830b8b830b32693d1f1d5a50e73c120085c5582af0df861078e05a',
    '_voices.html.j2': 'd5defe329c3de365bb2c5c6b7ea2813faa35f70a17961341ca01773591b4ec22',
    '_voices.md.j2': '3299da2c6184e693aad28915c8efce5979743bdc985fffe7df51ed101904f51a',
    'portfolio.html.j2': '83d428083d7ec4e857a4a77353fa806fb3017375af8eb54c77d892fe738491df',
    'portfolio.md.j2': '8b10c3ca2603737f80524c1d7f5668bfec81a785c561b4eed0cde8d21449e180',
    'report.html.j2': '061e62f3893733e887689c945b8b221f9aa5bf562d17022c228b4f4855e8e3c2',
    'report.md.j2': '6a77570939fa99c31b154f73170fdf3a213d2f92df59bb2e15ed44c73e67600e',
    'survey.html.j2': 'aa39fe015ea35a51c043ba275592c350260dcf6a4e59a703026fcb1e96750e5d',
}
