# Generated from templates/_ladder.svg.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_ladder.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_r_index = resolve('r_index')
    l_0_top = missing
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
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_4 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    pass
    l_0_top = (t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder')) - 1)
    context.vars['top'] = l_0_top
    context.exported_vars.add('top')
    yield '<svg class="ladder" viewBox="0 0 560 '
    yield str(environment.finalize(environment.call_binop(context, '+', environment.call_binop(context, '*', t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder')), 48), 12)))
    yield '" role="img" aria-labelledby="ladder-title-'
    yield str(environment.finalize((undefined(name='r_index') if l_0_r_index is missing else l_0_r_index)))
    yield '" xmlns="http://www.w3.org/2000/svg">\n  <title id="ladder-title-'
    yield str(environment.finalize((undefined(name='r_index') if l_0_r_index is missing else l_0_r_index)))
    yield '">Ladder of co-production: claims '
    yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
    yield ', evidence supports '
    yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label'))))
    yield '</title>\n'
    l_1_loop = missing
    for l_1_level, l_1_loop in LoopContext(t_1(t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder'))), undefined):
        l_1_y = missing
        _loop_vars = {}
        pass
        l_1_y = environment.call_binop(context, '+', 8, environment.call_binop(context, '*', environment.getattr(l_1_loop, 'index0'), 48))
        _loop_vars['y'] = l_1_y
        yield '  <rect x="10" y="'
        yield str(environment.finalize((undefined(name='y') if l_1_y is missing else l_1_y)))
        yield '" width="250" height="40" rx="6" fill="'
        if environment.getattr(l_1_level, 'evidenced'):
            pass
            yield '#d1e7dd'
        elif (environment.getattr(l_1_level, 'rank') < environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'rank')):
            pass
            yield '#eef6f1'
        else:
            pass
            yield '#f5f5f8'
        yield '" stroke="'
        if environment.getattr(l_1_level, 'evidenced'):
            pass
            yield '#146c43'
        elif environment.getattr(l_1_level, 'worded'):
            pass
            yield '#b02a37'
        else:
            pass
            yield '#c9c9d3'
        yield '" stroke-width="'
        if (environment.getattr(l_1_level, 'worded') or environment.getattr(l_1_level, 'evidenced')):
            pass
            yield '3'
        else:
            pass
            yield '1'
        yield '"'
        if (environment.getattr(l_1_level, 'worded') and (not environment.getattr(l_1_level, 'evidenced'))):
            pass
            yield ' stroke-dasharray="6 4"'
        yield '/>\n  <text x="24" y="'
        yield str(environment.finalize(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 25)))
        yield '" font-size="15" font-family="sans-serif" fill="#1d1d1f"'
        if (environment.getattr(l_1_level, 'worded') or environment.getattr(l_1_level, 'evidenced')):
            pass
            yield ' font-weight="bold"'
        yield '>'
        yield str(environment.finalize(environment.getattr(l_1_level, 'label')))
        yield '</text>\n  <text x="250" y="'
        yield str(environment.finalize(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 25)))
        yield '" font-size="12" font-family="sans-serif" fill="#5b5b66" text-anchor="end">'
        yield str(environment.finalize(environment.getattr(l_1_level, 'iap2')))
        yield '</text>\n'
        if (environment.getattr(l_1_level, 'worded') or environment.getattr(l_1_level, 'evidenced')):
            pass
            yield '  <text x="275" y="'
            yield str(environment.finalize(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 25)))
            yield '" font-size="14" font-family="sans-serif" font-weight="bold" fill="'
            if (environment.getattr(l_1_level, 'worded') and (not environment.getattr(l_1_level, 'evidenced'))):
                pass
                yield '#b02a37'
            else:
                pass
                yield '#146c43'
            yield '">◀ '
            if (environment.getattr(l_1_level, 'worded') and environment.getattr(l_1_level, 'evidenced')):
                pass
                yield 'claimed and supported'
            elif environment.getattr(l_1_level, 'worded'):
                pass
                yield 'claimed'
            else:
                pass
                yield 'evidence supports'
            yield '</text>\n'
        elif environment.getattr(l_1_level, 'supported'):
            pass
            yield '  <text x="275" y="'
            yield str(environment.finalize(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 25)))
            yield '" font-size="13" font-family="sans-serif" fill="#5b5b66">maturity alone would reach this</text>\n'
    l_1_loop = l_1_level = l_1_y = missing
    yield '</svg>\n'

blocks = {}
debug_info = '2=38&3=42&4=46&5=53&6=57&7=60&8=93&9=101&10=105&11=108&12=127&13=130'