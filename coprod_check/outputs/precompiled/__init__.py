"""The built-in templates compiled by tools/compile_templates.py: do not edit.

Used only while JINJA2 is the installed jinja2, SOURCES the templates' hashes and
PROBES the hashes of the probe as the report environments compile it."""

JINJA2 = '3.1.6'
PROBES = {'html': 'b9be091c3248a78dbeb50d441b0828ffa327cc60372c0771f0ed65ad7907f944', 'markdown': '272d779492c59bb8c7afb1f458238e918181eae0bb07c0e78cb29164c61c024a'}
SOURCES = {
    '_evidence.html.j2': 'b96c2f65e237b8545f0740325ab89b335543de4527046ddaf7a7020dd2ef380a',
    '_evidence.md.j2': '024711bdfc0fc3ef14536ea3907ffbf1779ba56714ff50fc474d6af3b8cce982',
    '_ladder.svg.j2': '9fcc53112fd16566541c391d1fb793b3e5d26b6e93c5187098f46824a23eb930',
    '_method.html.j2': '357f6109f27b46959b7a13f51b944cd687152ab48ef3db06523ccd7eb84ff7df',
    '_method.md.j2': '021a7d64fdd0611a826ee612262f142f31ddaa21255323f0babe55c1108bbc2c',
    '_report.html.j2': '6dd396caf69dd330bad741eb917f051bdfce6a0a9b23162a3301f5b94dbc51f8',
    '_report.md.j2': '996a1bd414bb57934834eda56573d690b8e380b5d32e9e99d8e84077d06060ad',
    '_style.css.j2': '5aa84bdbda830b8b830b32693d1f1d5a50e73c120085c5582af0df861078e05a',
    '_voices.html.j2': 'd5defe329c3de365bb2c5c6b7ea2813faa35f70a17961341ca01773591b4ec22',
    '_voices.md.j2': '3299da2c6184e693aad28915c8efce5979743bdc985fffe7df51ed101904f51a',
    'portfolio.html.j2': '1a6056bb4935eedf74654de8e4548227e489662a46c58da5375f020ee9128181',
    'portfolio.md.j2': 'ba038d34752c47caceb22c53cd08aab622d1e07ad98bacd952794a5c6dc4aa66',
    'report.html.j2': '061e62f3893733e887689c945b8b221f9aa5bf562d17022c228b4f4855e8e3c2',
    'report.md.j2': '6a77570939fa99c31b154f73170fdf3a213d2f92df59bb2e15ed44c73e67600e',
    'survey.html.j2': 'aa39fe015ea35a51c043ba275592c350260dcf6a4e59a703026fcb1e96750e5d',
}
