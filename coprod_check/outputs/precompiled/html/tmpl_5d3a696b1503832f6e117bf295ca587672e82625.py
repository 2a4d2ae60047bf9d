# Generated from templates/portfolio.html.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portfolio.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_tool = resolve('tool')
    l_0_portfolio = resolve('portfolio')
    l_0_method = resolve('method')
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
        t_4 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
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
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<meta name="generator" content="'
    yield escape(environment.finalize(environment.getattr((undefined(name='tool') if l_0_tool is missing else l_0_tool), 'name')))
    yield ' '
    yield escape(environment.finalize(environment.getattr((undefined(name='tool') if l_0_tool is missing else l_0_tool), 'version')))
    yield '">\n<title>Co-washing risk portfolio: '
    yield escape(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'count')))
    yield ' projects</title>\n<style>\n'
    template = environment.get_template('_style.css.j2', 'portfolio.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</style>\n</head>\n<body>\n<main class="wide">\n<h1>Co-washing risk portfolio: '
    yield escape(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'count')))
    yield ' projects</h1>\n<p class="subtitle">Co-washing risk: '
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
    yield '.</p>\n<h2>Projects by co-washing risk</h2>\n<p>Highest risk first. The bar is the risk score out of 100; a project is never placed by its claim alone.</p>\n<table class="portfolio">\n  <caption>Every project, highest co-washing risk first</caption>\n  <thead><tr><th scope="col">Project</th><th scope="col">Co-washing risk</th><th scope="col" class="num">Score</th><th scope="col">Claims</th><th scope="col">Evidence supports</th><th scope="col" class="num">Rungs short</th><th scope="col" class="num">Maturity</th><th scope="col" class="num">Power</th><th scope="col" class="num">Knowledge</th><th scope="col" class="num">Inclusion</th><th scope="col" class="num">Known</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'ranked')), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row"><a href="#project-'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'project'), 'name')))
        yield '</a>'
        if environment.getattr(environment.getattr(l_1_r, 'project'), 'organisation'):
            pass
            yield '<br><span class="muted">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'project'), 'organisation')))
            yield '</span>'
        yield '</th><td><span class="band band-'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'risk'), 'band')))
        yield '">'
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_r, 'risk'), 'band'))))
        yield '</span><span class="bar" aria-hidden="true"><span style="width: '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'risk'), 'score')))
        yield '%"></span></span></td><td class="num">'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'risk'), 'score')))
        yield '</td><td>'
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_r, 'claim'), 'text'))))
        yield '</td><td>'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'evidenced'), 'label')))
        yield '</td><td class="num">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'gap')))
        yield '</td><td class="num">'
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_r, 'maturity'), 'overall'))))
        yield '</td>'
        for l_2_p in t_2(environment.getattr(environment.getattr(l_1_r, 'maturity'), 'pillars')):
            _loop_vars = {}
            pass
            yield '<td class="num">'
            yield escape(environment.finalize(t_3(environment.getattr(l_2_p, 'score'))))
            if (not t_6(environment.getattr(l_2_p, 'coverage'))):
                pass
                yield '<br><span class="muted">'
                yield escape(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr(l_2_p, 'coverage'), 100))))
                yield '% known</span>'
            yield '</td>'
        l_2_p = missing
        yield '<td class="num">'
        if (not t_6(environment.getattr(environment.getattr(l_1_r, 'maturity'), 'coverage'))):
            pass
            yield escape(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr(environment.getattr(l_1_r, 'maturity'), 'coverage'), 100))))
            yield '%'
        else:
            pass
            yield 'not measured'
        yield '</td></tr>\n'
    l_1_loop = l_1_r = missing
    yield '  </tbody>\n</table>\n\n<h2>Claim against evidence</h2>\n<p>Each project sits in the row of the rung its evidence supports and the column of the rung it claims, with its co-washing risk. Cells right of the diagonal (shaded) claim more than the evidence shows; a project on the diagonal can still carry risk from its screening answers.</p>\n<table class="grid">\n  <caption>Projects by claimed rung (columns) and evidenced rung (rows)</caption>\n  <thead><tr><td></td>'
    for l_1_level in t_2(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'ladder')):
        _loop_vars = {}
        pass
        yield '<th scope="col">Claims '
        yield escape(environment.finalize(t_4(environment.getattr(l_1_level, 'label'))))
        yield '</th>'
    l_1_level = missing
    yield '</tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(t_2(t_5(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'ladder'))), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">Evidence supports '
        yield escape(environment.finalize(t_4(environment.getattr(l_1_row, 'label'))))
        yield '</th>'
        l_2_loop = missing
        for l_2_col, l_2_loop in LoopContext(t_2(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'ladder')), undefined):
            _loop_vars = {}
            pass
            yield '<td'
            if (environment.getattr(l_2_col, 'rank') > environment.getattr(l_1_row, 'rank')):
                pass
                yield ' class="over"'
            yield '>'
            def t_8(fiter):
                for l_3_r in fiter:
                    if ((environment.getattr(environment.getattr(l_3_r, 'worded'), 'id') == environment.getattr(l_2_col, 'id')) and (environment.getattr(environment.getattr(l_3_r, 'evidenced'), 'id') == environment.getattr(l_1_row, 'id'))):
                        yield l_3_r
            l_3_loop = missing
            for l_3_r, l_3_loop in LoopContext(t_8(t_2(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'ranked'))), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_3_r, 'project'), 'name')))
                yield ' <span class="muted">('
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_3_r, 'risk'), 'band')))
                yield ')</span>'
                if (not environment.getattr(l_3_loop, 'last')):
                    pass
                    yield '<br>'
            l_3_loop = l_3_r = missing
            yield '</td>'
        l_2_loop = l_2_col = missing
        yield '</tr>\n'
    l_1_loop = l_1_row = missing
    yield '  </tbody>\n</table>\n\n'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'ranked')), undefined):
        l_1_h = l_1_r_index = missing
        _loop_vars = {}
        pass
        yield '<section class="project" id="project-'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '">\n<h2>'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_r, 'project'), 'name')))
        yield '</h2>\n'
        l_1_h = 3
        _loop_vars['h'] = l_1_h
        l_1_r_index = environment.getattr(l_1_loop, 'index')
        _loop_vars['r_index'] = l_1_r_index
        template = environment.get_template('_report.html.j2', 'portfolio.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'h': l_1_h, 'loop': l_1_loop, 'r': l_1_r, 'r_index': l_1_r_index}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '</section>\n'
    l_1_loop = l_1_r = l_1_h = l_1_r_index = missing
    template = environment.get_template('_method.html.j2', 'portfolio.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<footer class="page-footer">Generated by '
    yield escape(environment.finalize(environment.getattr((undefined(name='tool') if l_0_tool is missing else l_0_tool), 'name')))
    yield ' '
    yield escape(environment.finalize(environment.getattr((undefined(name='tool') if l_0_tool is missing else l_0_tool), 'version')))
    yield ' on '
    yield escape(environment.finalize((undefined(name='generated') if l_0_generated is missing else l_0_generated)))
    yield '. Scores are a reading of the plan files, not an audit: they are as good as the answers and evidence in them.</footer>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '8=52&9=56&11=58&16=65&17=67&24=84&25=88&34=139&36=148&37=152&42=185&43=190&44=192&45=196&46=198&47=200&50=208&51=215'