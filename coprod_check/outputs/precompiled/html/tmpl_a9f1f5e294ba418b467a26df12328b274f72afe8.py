# Generated from templates/portfolio.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portfolio.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_portfolio = resolve('portfolio')
    l_0_tool = resolve('tool')
    l_0_generated = resolve('generated')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['coprod_budget']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'coprod_budget' found.")
    try:
        t_3 = environment.filters['figure']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'figure' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# Co-washing risk portfolio: '
    yield escape(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'count')))
    yield ' project'
    if (environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'count') != 1):
        pass
        yield 's'
    yield '\n\nCo-washing risk: '
    def t_7(fiter):
        for l_1_b in fiter:
            if environment.getattr(l_1_b, 'count'):
                yield l_1_b
    l_1_loop = missing
    for l_1_b, l_1_loop in LoopContext(t_7(t_2(t_5(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'bands')))), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.getattr(l_1_b, 'count')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_b, 'id')))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_b = missing
    yield '.\n\n## Projects by co-washing risk\n\nHighest risk first. The bar is the risk score out of 100, one block for every 5 points; a project is never placed by its claim alone.\n\n| Project | Co-washing risk | Score | Claims | Evidence supports | Rungs short | Maturity |\n|---|---|---:|---|---|---:|---:|\n'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'ranked')), undefined):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_r, 'project'), 'name'))))
        yield ' | **'
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_r, 'risk'), 'band'))))
        yield '** `'
        yield escape(environment.finalize(environment.call_binop(context, '*', '█', (environment.call_binop(context, '+', environment.getattr(environment.getattr(l_1_r, 'risk'), 'score'), 4) // 5))))
        yield escape(environment.finalize(environment.call_binop(context, '*', '·', (20 - (environment.call_binop(context, '+', environment.getattr(environment.getattr(l_1_r, 'risk'), 'score'), 4) // 5)))))
        yield '` | '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'risk'), 'score')))
        yield ' | '
        yield escape(environment.finalize(t_4(t_1(environment.getattr(environment.getattr(l_1_r, 'claim'), 'text')))))
        yield ' | '
        yield escape(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_r, 'evidenced'), 'label'))))
        yield ' | '
        yield escape(environment.finalize(environment.getattr(l_1_r, 'gap')))
        yield ' | '
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_r, 'maturity'), 'overall'))))
        yield ' |\n'
    l_1_loop = l_1_r = missing
    yield "\nEach pillar's maturity (from what is answered) and, beside it, how much of it is known.\n\n| Project | Organisation | Power | Knowledge | Inclusion | Known |\n|---|---|---:|---:|---:|---:|\n"
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'ranked')), undefined):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_r, 'project'), 'name'))))
        yield ' | '
        yield escape(environment.finalize((t_4(environment.getattr(environment.getattr(l_1_r, 'project'), 'organisation')) if environment.getattr(environment.getattr(l_1_r, 'project'), 'organisation') else 'not given')))
        yield ' | '
        for l_2_p in t_2(environment.getattr(environment.getattr(l_1_r, 'maturity'), 'pillars')):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(t_3(environment.getattr(l_2_p, 'score'))))
            if (not t_6(environment.getattr(l_2_p, 'coverage'))):
                pass
                yield ' ('
                yield escape(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr(l_2_p, 'coverage'), 100))))
                yield '% known)'
            yield ' | '
        l_2_p = missing
        if (not t_6(environment.getattr(environment.getattr(l_1_r, 'maturity'), 'coverage'))):
            pass
            yield escape(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr(environment.getattr(l_1_r, 'maturity'), 'coverage'), 100))))
            yield '%'
        else:
            pass
            yield 'not measured'
        yield ' |\n'
    l_1_loop = l_1_r = missing
    yield '\n'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'ranked')), undefined):
        l_1_h = missing
        _loop_vars = {}
        pass
        yield '## '
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'project'), 'name')))
        yield '\n\n'
        l_1_h = '##'
        _loop_vars['h'] = l_1_h
        template = environment.get_template('_report.md.j2', 'portfolio.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'h': l_1_h, 'loop': l_1_loop, 'r': l_1_r}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
    l_1_loop = l_1_r = l_1_h = missing
    template = environment.get_template('_method.md.j2', 'portfolio.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n---\n*Generated by '
    yield escape(environment.finalize(environment.getattr((undefined(name='tool') if l_0_tool is missing else l_0_tool), 'name')))
    yield ' '
    yield escape(environment.finalize(environment.getattr((undefined(name='tool') if l_0_tool is missing else l_0_tool), 'version')))
    yield ' on '
    yield escape(environment.finalize((undefined(name='generated') if l_0_generated is missing else l_0_generated)))
    yield '. Scores are a reading of the plan files, not an audit: they are as good as the answers and evidence in them.*\n'

blocks = {}
debug_info = '2=51&5=57&13=74&14=78&21=100&22=104&25=132&26=137&28=141&29=143&32=151&35=158'