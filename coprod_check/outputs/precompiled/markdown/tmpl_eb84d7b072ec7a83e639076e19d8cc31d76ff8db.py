# Generated from templates/survey.html.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'survey.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_project = resolve('project')
    l_0_scale = resolve('scale')
    l_0_intro = resolve('intro')
    l_0_dont_know = resolve('dont_know')
    l_0_roles = resolve('roles')
    l_0_sets = resolve('sets')
    l_0_count = resolve('count')
    try:
        t_1 = environment.filters['coprod_budget']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'coprod_budget' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n<title>Questionnaire: '
    yield str(environment.finalize(environment.getattr((undefined(name='project') if l_0_project is missing else l_0_project), 'name')))
    yield '</title>\n<style>\n:root { --ink: #1d1d1f; --muted: #55555f; --line: #8a8a96; }\n* { box-sizing: border-box; }\nbody { margin: 0; color: var(--ink); background: #fff;\n  font: 17px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }\nmain { max-width: 50rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }\nh1 { font-size: 1.6rem; margin: 0 0 .2rem; }\nh2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; border-bottom: 2px solid var(--ink); padding-bottom: .15rem; }\n.subtitle, .meta { color: var(--muted); }\n.meta { font-size: .8rem; }\n.how { border: 1px solid var(--line); padding: .6rem .9rem; margin: .8rem 0; }\n.how p { margin: .3rem 0; }\n.office { float: right; margin: 0 .1rem 0 1rem; font-size: .8rem; color: var(--muted); border: 1px solid var(--line); padding: .2rem .5rem; }\nfieldset.q { border: 0; border-top: 1px solid var(--line); margin: 0; padding: .7rem 0 .6rem; break-inside: avoid; page-break-inside: avoid; }\nlegend { padding: 0 0 0 2rem; text-indent: -2rem; font-weight: 600; float: left; width: 100%; }\nlegend .n { display: inline-block; min-width: 2rem; text-indent: 0; }\n.q .meta { clear: both; margin: .1rem 0 .35rem 2rem; }\n.ticks { display: grid; grid-template-columns: repeat('
    yield str(environment.finalize(environment.call_binop(context, '+', t_2((undefined(name='scale') if l_0_scale is missing else l_0_scale)), 1)))
    yield ', 1fr); gap: .3rem; margin-left: 2rem; }\n.ticks label { display: flex; gap: .35rem; align-items: flex-start; font-size: .85rem; line-height: 1.25; }\n.ticks input { appearance: none; -webkit-appearance: none; flex: none; width: 1.05rem; height: 1.05rem; margin: .05rem 0 0;\n  border: 2px solid var(--ink); border-radius: 2px; background: #fff; }\n.ticks input:checked { background: var(--ink); }\n.ticks .score { font-weight: 700; }\n.comment { margin: .5rem 0 0 2rem; font-size: .85rem; color: var(--muted); }\n.comment .lines { height: 3.2rem; border-bottom: 1px solid var(--line);\n  background: repeating-linear-gradient(#fff 0 1.55rem, var(--line) 1.55rem calc(1.55rem + 1px)); }\n.roles label { margin-right: 1.5rem; }\nfooter { margin-top: 2rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .5rem; }\n@page { size: A4; margin: 14mm 14mm 16mm; }\n@media print {\n  body { font-size: 11pt; }\n  main { max-width: none; padding: 0; }\n  h2 { break-after: avoid; page-break-after: avoid; }\n  .ticks input, .comment .lines { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n}\n</style>\n</head>\n<body>\n<main>\n<div class="office">Form no. ________</div>\n<h1>'
    yield str(environment.finalize(environment.getattr((undefined(name='project') if l_0_project is missing else l_0_project), 'name')))
    yield ': how is it going?</h1>\n<p class="subtitle">'
    if environment.getattr((undefined(name='project') if l_0_project is missing else l_0_project), 'organisation'):
        pass
        yield 'A questionnaire for the people taking part in this work with '
        yield str(environment.finalize(environment.getattr((undefined(name='project') if l_0_project is missing else l_0_project), 'organisation')))
        yield '.'
    else:
        pass
        yield 'A questionnaire for the people taking part in this work.'
    yield '</p>\n<div class="how">\n<p>'
    yield str(environment.finalize((undefined(name='intro') if l_0_intro is missing else l_0_intro)))
    yield "</p>\n<p>For each question, tick <strong>one</strong> box. Every question is optional. Please do not write your name: your answers are counted together with everyone else's.</p>\n<p>The boxes mean:\n"
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext(t_1((undefined(name='scale') if l_0_scale is missing else l_0_scale)), undefined):
        _loop_vars = {}
        pass
        yield '<strong>'
        yield str(environment.finalize(environment.getattr(l_1_s, 'score')))
        yield '</strong> '
        yield str(environment.finalize(environment.getattr(l_1_s, 'label')))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '; '
    l_1_loop = l_1_s = missing
    yield '; or <strong>'
    yield str(environment.finalize((undefined(name='dont_know') if l_0_dont_know is missing else l_0_dont_know)))
    yield '</strong>.</p>\n</div>\n'
    if (undefined(name='roles') if l_0_roles is missing else l_0_roles):
        pass
        yield '<fieldset class="q roles">\n<legend><span class="n">0</span>How are you taking part?</legend>\n<p class="meta">role</p>\n<div class="ticks" style="grid-template-columns: repeat('
        yield str(environment.finalize(t_2((undefined(name='roles') if l_0_roles is missing else l_0_roles))))
        yield ', 1fr)">\n'
        for l_1_r in t_1((undefined(name='roles') if l_0_roles is missing else l_0_roles)):
            _loop_vars = {}
            pass
            yield '<label><input type="checkbox" name="role" value="'
            yield str(environment.finalize(environment.getattr(l_1_r, 'id')))
            yield '"> '
            yield str(environment.finalize(environment.getattr(l_1_r, 'label')))
            yield '</label>\n'
        l_1_r = missing
        yield '</div>\n</fieldset>\n'
    for l_1_set in t_1((undefined(name='sets') if l_0_sets is missing else l_0_sets)):
        _loop_vars = {}
        pass
        yield '<h2>'
        yield str(environment.finalize(environment.getattr(l_1_set, 'name')))
        yield '</h2>\n'
        for l_2_q in t_1(environment.getattr(l_1_set, 'questions')):
            _loop_vars = {}
            pass
            yield '<fieldset class="q">\n<legend><span class="n">'
            yield str(environment.finalize(environment.getattr(l_2_q, 'number')))
            yield '</span>'
            yield str(environment.finalize(environment.getattr(l_2_q, 'text')))
            yield '</legend>\n<p class="meta">'
            yield str(environment.finalize(environment.getattr(l_2_q, 'title')))
            yield ' · '
            yield str(environment.finalize(environment.getattr(l_2_q, 'id')))
            yield '</p>\n<div class="ticks">\n'
            for l_3_s in t_1((undefined(name='scale') if l_0_scale is missing else l_0_scale)):
                _loop_vars = {}
                pass
                yield '<label><input type="checkbox" name="'
                yield str(environment.finalize(environment.getattr(l_2_q, 'id')))
                yield '" value="'
                yield str(environment.finalize(environment.getattr(l_3_s, 'score')))
                yield '"><span><span class="score">'
                yield str(environment.finalize(environment.getattr(l_3_s, 'score')))
                yield '</span> '
                yield str(environment.finalize(environment.getattr(l_3_s, 'label')))
                yield '</span></label>\n'
            l_3_s = missing
            yield '<label><input type="checkbox" name="'
            yield str(environment.finalize(environment.getattr(l_2_q, 'id')))
            yield '" value="unknown"><span>'
            yield str(environment.finalize((undefined(name='dont_know') if l_0_dont_know is missing else l_0_dont_know)))
            yield '</span></label>\n</div>\n<div class="comment">Anything you want to add? (optional)<div class="lines"></div></div>\n</fieldset>\n'
        l_2_q = missing
    l_1_set = missing
    yield '<footer>'
    yield str(environment.finalize((undefined(name='count') if l_0_count is missing else l_0_count)))
    yield ' questions. Thank you for taking part. Typing these up: one row per form, one column per question headed by its id (for example <code>'
    yield str(environment.finalize(environment.getattr(environment.getitem(environment.getattr(environment.getitem((undefined(name='sets') if l_0_sets is missing else l_0_sets), 0), 'questions'), 0), 'id')))
    yield '</code>), the ticked number or "'
    yield str(environment.finalize((undefined(name='dont_know') if l_0_dont_know is missing else l_0_dont_know)))
    yield '" in each cell; then <code>coprod-check import</code>.</footer>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '8=31&26=33&49=35&50=37&52=46&55=49&57=63&61=66&62=68&67=78&68=82&69=84&71=88&72=92&74=96&75=110&81=117'