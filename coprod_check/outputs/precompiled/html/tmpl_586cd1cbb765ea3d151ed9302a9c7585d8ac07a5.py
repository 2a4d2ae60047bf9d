# Generated from templates/_evidence.html.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_evidence.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_h = resolve('h')
    l_0_r = resolve('r')
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
    yield '<h'
    yield escape(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Evidence cited</h'
    yield escape(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n'
    if (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence')):
        pass
        yield '<p>The plan cites no evidence. A score of 3 or 4 needs evidence a reader can check: minutes, decisions, a link, a file.</p>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence'))))
        yield ' piece'
        if (t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence')) != 1):
            pass
            yield 's'
        yield ' of evidence, principle by principle, then the screening answers\'. Files are linked from where this report sits; <span class="warn">⚠</span> marks evidence older than the model allows.</p>\n<table class="evidence">\n  <thead><tr><th scope="col">Principle</th><th scope="col">Evidence</th><th scope="col">Date</th><th scope="col">Cited by</th></tr></thead>\n  <tbody>\n'
        for l_1_e in t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence')):
            _loop_vars = {}
            pass
            yield '    <tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_e, 'title')))
            if (environment.getattr(l_1_e, 'role') != 'screening'):
                pass
                yield ' <code>'
                yield escape(environment.finalize(environment.getattr(l_1_e, 'principle')))
                yield '</code>'
            yield '</td><td>'
            if environment.getattr(l_1_e, 'href'):
                pass
                yield '<a href="'
                yield escape(environment.finalize(environment.getattr(l_1_e, 'href')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_1_e, 'text')))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(environment.getattr(l_1_e, 'text')))
            if environment.getattr(l_1_e, 'path'):
                pass
                yield ' <code>'
                yield escape(environment.finalize(environment.getattr(l_1_e, 'path')))
                yield '</code>'
            yield '</td><td class="num">'
            yield escape(environment.finalize((environment.getattr(l_1_e, 'date') or '–')))
            if environment.getattr(l_1_e, 'old'):
                pass
                yield ' <span class="warn" title="older than the model allows">⚠</span>'
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_e, 'role')))
            yield '</td></tr>\n'
        l_1_e = missing
        yield '  </tbody>\n</table>\n'
    yield '\n'

blocks = {}
debug_info = '2=26&3=30&6=36&10=42&11=46'