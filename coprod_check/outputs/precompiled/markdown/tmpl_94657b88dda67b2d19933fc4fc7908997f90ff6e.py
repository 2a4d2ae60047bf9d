# Generated from templates/_evidence.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_evidence.md.j2'

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
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['md_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_url' found.")
    try:
        t_5 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield str(environment.finalize(t_5((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Evidence cited\n\n'
    if (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence')):
        pass
        yield 'The plan cites no evidence. A score of 3 or 4 needs evidence a reader can check: minutes, decisions, a link, a file.\n'
    else:
        pass
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence'))))
        yield ' piece'
        if (t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence')) != 1):
            pass
            yield 's'
        yield " of evidence, principle by principle, then the screening answers'. Files are linked from where this report sits; ⚠ marks evidence older than the model allows.\n\n| Principle | Evidence | Date | Cited by |\n|---|---|---|---|\n"
        for l_1_e in t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence')):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'title'))))
            if (environment.getattr(l_1_e, 'role') != 'screening'):
                pass
                yield ' `'
                yield str(environment.finalize(environment.getattr(l_1_e, 'principle')))
                yield '`'
            yield ' | '
            if environment.getattr(l_1_e, 'href'):
                pass
                yield '['
                yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'text'))))
                yield ']('
                yield str(environment.finalize(t_4(environment.getattr(l_1_e, 'href'))))
                yield ')'
            else:
                pass
                yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'text'))))
            if environment.getattr(l_1_e, 'path'):
                pass
                yield ' (`'
                yield str(environment.finalize(t_3(environment.getattr(l_1_e, 'path'))))
                yield '`)'
            yield ' | '
            yield str(environment.finalize((environment.getattr(l_1_e, 'date') or '–')))
            if environment.getattr(l_1_e, 'old'):
                pass
                yield ' ⚠'
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_e, 'role')))
            yield ' |\n'
        l_1_e = missing
    yield '\n'

blocks = {}
debug_info = '2=43&4=45&7=50&11=56&12=60'