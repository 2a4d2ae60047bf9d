# Generated from templates/_report.html.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_h = resolve('h')
    l_0_wide = resolve('wide')
    l_0_method = resolve('method')
    l_0_nl = resolve('nl')
    l_0_band = l_0_pg = l_0_nxt = missing
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
        t_4 = environment.filters['gap']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'gap' found.")
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_8 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_9 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    try:
        t_10 = environment.filters['score']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'score' found.")
    try:
        t_11 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_12 = environment.filters['share']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'share' found.")
    try:
        t_13 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_band = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'band')
    context.vars['band'] = l_0_band
    context.exported_vars.add('band')
    yield '<table class="facts">\n  <tr><th scope="row">Project</th><td><strong>'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'name')))
    yield '</strong></td></tr>\n  <tr><th scope="row">Organisation</th><td>'
    yield str(environment.finalize((environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'organisation') or 'not given')))
    yield '</td></tr>\n  <tr><th scope="row">Assessed</th><td>'
    yield str(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'assessed') or 'not dated')))
    yield '</td></tr>\n  <tr><th scope="row">Claims</th><td><strong>'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'label')))
    yield '</strong> (IAP2 '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'iap2')))
    yield '; Arnstein: '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'arnstein')))
    if environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'arnstein'), 'startswith'), 'Tokenism'):
        pass
        yield ', explained under the ladder'
    yield ')'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'scope') == 'part'):
        pass
        yield ', for part of the project: '
        yield str(environment.finalize(t_5(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'parts'), '; ')))
    yield '</td></tr>\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'id')):
        pass
        yield '  <tr><th scope="row">Describes itself as</th><td><strong>'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label')))
        yield '</strong>: “'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'wording')))
        yield '”</td></tr>\n'
    elif environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'wording'):
        pass
        yield '  <tr><th scope="row">In its own words</th><td>“'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'wording')))
        yield '”</td></tr>\n'
    yield '  <tr><th scope="row">Evidence supports</th><td><strong>'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label')))
    yield '</strong> (IAP2 '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'iap2')))
    yield ')'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap'):
        pass
        yield ': '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap')))
        yield ' rung'
        if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap') != 1):
            pass
            yield 's'
        yield ' below the claim'
        if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'id')):
            pass
            yield ' as worded'
    yield '</td></tr>\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs') or environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs')):
        pass
        yield '  <tr><th scope="row">Over-claim</th><td>'
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs'):
            pass
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs')))
            yield ' rung'
            if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs') != 1):
                pass
                yield 's'
            yield ' <strong>contradicted</strong> by what is known'
        if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs') and environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs')):
            pass
            yield '; '
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs'):
            pass
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs')))
            yield ' rung'
            if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs') != 1):
                pass
                yield 's'
            yield ' <strong>unsubstantiated</strong> (not shown)'
        yield '</td></tr>\n'
    yield '  <tr><th scope="row">Co-washing risk</th><td><span class="band band-'
    yield str(environment.finalize((undefined(name='band') if l_0_band is missing else l_0_band)))
    yield '">'
    yield str(environment.finalize(t_1((undefined(name='band') if l_0_band is missing else l_0_band))))
    yield '</span> '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'score')))
    yield '/100</td></tr>\n  <tr><th scope="row">Overall maturity</th><td>'
    yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'overall'))))
    yield '/100 ('
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'pillars')), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_p, 'id')))
        yield ' '
        yield str(environment.finalize(t_3(environment.getattr(l_1_p, 'score'))))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_p = missing
    yield '), over the answers given</td></tr>\n  <tr><th scope="row">Known (coverage)</th><td>'
    yield str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'coverage'))))
    yield ' of what the sets and screening ask ('
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'pillars')), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_p, 'id')))
        yield ' '
        yield str(environment.finalize(t_12(environment.getattr(l_1_p, 'coverage'))))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_p = missing
    yield ')</td></tr>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable'):
        pass
        yield '  <tr><th scope="row">Not applicable</th><td>'
        yield str(environment.finalize(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable'))))
        yield ' principle'
        if (t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable')) != 1):
            pass
            yield 's'
        yield ' marked n/a (listed under Maturity)</td></tr>\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'led_by') != 'organisation'):
        pass
        yield '  <tr><th scope="row">Led by</th><td>'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'led_by_label')))
        yield '</td></tr>\n'
    yield '</table>\n\n<p class="verdict '
    yield str(environment.finalize((undefined(name='band') if l_0_band is missing else l_0_band)))
    yield '">'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'verdict')))
    yield ' The project claims '
    yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'id')):
        pass
        yield ' in its own words ('
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'label'))))
        yield ' in the plan)'
    yield '; its answers and screening support '
    yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label'))))
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap'):
        pass
        yield ', '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap')))
        yield ' rung'
        if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap') != 1):
            pass
            yield 's'
        yield ' lower'
    yield '.'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'):
        pass
        yield ' The evidenced figures reach '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'label'))))
        yield ', but too little is known to support it: coverage is too thin, which is not the same as practice being absent.'
    yield ' '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons'):
        pass
        yield str(environment.finalize(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons'))))
        yield ' finding'
        if (t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons')) != 1):
            pass
            yield 's add'
        else:
            pass
            yield ' adds'
        yield ' up to a risk score of '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'score')))
        yield '/100.'
    else:
        pass
        yield 'No red flag was raised.'
    yield '</p>\n\n<h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Why</h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n'
    if (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons')):
        pass
        yield '<p>No finding counts against the claim: it does not run ahead of what the plan shows.</p>\n'
    else:
        pass
        yield '<p>Every finding, most serious first, with the passage it rests on.</p>\n'
    l_1_loop = missing
    for l_1_reason, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons')), undefined):
        _loop_vars = {}
        pass
        yield '<section class="reason">\n  <h3>'
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield str(environment.finalize(environment.getattr(l_1_reason, 'message')))
        yield '</h3>\n  <div class="meta"><code>'
        yield str(environment.finalize(environment.getattr(l_1_reason, 'code')))
        yield '</code>'
        if (environment.getattr(l_1_reason, 'kind') != 'flag'):
            pass
            yield ' · '
            yield str(environment.finalize(environment.getattr(l_1_reason, 'kind')))
            yield ', '
            yield str(environment.finalize(environment.getattr(l_1_reason, 'rungs')))
            yield ' rung'
            if (environment.getattr(l_1_reason, 'rungs') != 1):
                pass
                yield 's'
        yield ' · +'
        yield str(environment.finalize(environment.getattr(l_1_reason, 'points')))
        yield ' points'
        if environment.getattr(l_1_reason, 'principles'):
            pass
            yield ' · concerns: '
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(t_2(environment.getattr(l_1_reason, 'named')), undefined):
                _loop_vars = {}
                pass
                yield str(environment.finalize(environment.getattr(l_2_p, 'title')))
                yield ' (<code>'
                yield str(environment.finalize(environment.getattr(l_2_p, 'id')))
                yield '</code>)'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ', '
            l_2_loop = l_2_p = missing
            if environment.getattr(l_1_reason, 'more_principles'):
                pass
                yield ' and '
                yield str(environment.finalize(environment.getattr(l_1_reason, 'more_principles')))
                yield ' more'
        yield '</div>\n  <blockquote>“'
        yield str(environment.finalize(environment.getattr(l_1_reason, 'quote')))
        yield '”<footer>— '
        yield str(environment.finalize(environment.getattr(l_1_reason, 'attribution')))
        yield '</footer></blockquote>\n</section>\n'
    l_1_loop = l_1_reason = missing
    yield '\n<h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Where the claim sits on the ladder</h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n<figure class="ladder">\n<figcaption>The ladder of co-production: the rung the project claims and the rung its evidence supports.</figcaption>\n'
    template = environment.get_template('_ladder.svg.j2', '_report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'band': l_0_band, 'nl': l_0_nl, 'nxt': l_0_nxt, 'pg': l_0_pg, 'wide': l_0_wide}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<table>\n  <thead><tr><th scope="col">Rung</th><th scope="col">IAP2</th><th scope="col">Arnstein</th><th scope="col">This project</th></tr></thead>\n  <tbody>\n'
    for l_1_level in t_2(t_9(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder'))):
        _loop_vars = {}
        pass
        yield '    <tr><td>'
        yield str(environment.finalize(environment.getattr(l_1_level, 'label')))
        yield '</td><td>'
        yield str(environment.finalize(environment.getattr(l_1_level, 'iap2')))
        yield '</td><td>'
        yield str(environment.finalize(environment.getattr(l_1_level, 'arnstein')))
        yield '</td><td>'
        if environment.getattr(l_1_level, 'worded'):
            pass
            yield '◀ <strong>claimed</strong>'
        if (environment.getattr(l_1_level, 'worded') and environment.getattr(l_1_level, 'evidenced')):
            pass
            yield ' · '
        if environment.getattr(l_1_level, 'evidenced'):
            pass
            yield '◀ <strong>evidence supports</strong>'
        if (environment.getattr(l_1_level, 'supported') and (not environment.getattr(l_1_level, 'evidenced'))):
            pass
            if environment.getattr(l_1_level, 'worded'):
                pass
                yield ' · '
            yield 'maturity figures alone would support'
        yield '</td></tr>\n'
    l_1_level = missing
    yield '  </tbody>\n</table>\n</figure>\n'
    if (environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'arnstein'), 'startswith'), 'Tokenism') or environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'arnstein'), 'startswith'), 'Tokenism')):
        pass
        yield '<p class="note"><strong>About “tokenism”.</strong> Arnstein\'s ladder of citizen participation (1969) groups informing, consultation and placation as “tokenism”: people are heard, but do not share the power to decide. The label names the rung, not a fault of this project. '
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_steps'), 'honest'):
            pass
            yield 'A project that claims '
            yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
            yield ', and shows it, is being honest: that is low co-washing risk.'
        else:
            pass
            yield 'Co-washing is claiming a rung the evidence does not reach.'
        yield '</p>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'):
        pass
        yield '<p>The evidenced figures reach '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'label'))))
        yield ', but coverage is too thin to support it: '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'label'))))
        yield ' needs '
        yield str(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'min_coverage'), 100))))
        yield '% of every pillar known.</p>\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supported'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'id')):
        pass
        yield '<p>The maturity figures alone would support '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supported'), 'label'))))
        yield '; the screening answers cap it at '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label'))))
        yield ' ('
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'caps')), undefined):
            _loop_vars = {}
            pass
            yield '<code>'
            yield str(environment.finalize(environment.getattr(l_1_c, 'reason')))
            yield '</code> caps at '
            yield str(environment.finalize(t_8(environment.getattr(l_1_c, 'label'))))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = missing
        yield ').</p>\n'
    yield '\n<h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Maturity</h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n<p>How far co-production practice is in place, 0-100 (the mean evidenced score × 25), over the principles answered; unanswered principles are left out, not counted as 0. <em>Known</em> is the share of what is asked that is known (coverage). Overall: <strong>'
    yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'overall'))))
    yield '/100</strong>, '
    yield str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'coverage'))))
    yield ' known; weakest pillar: '
    yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'weakest_pillar'), 'id')))
    yield ' ('
    if t_13(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'weakest_pillar'), 'score')):
        pass
        yield 'nothing answered'
    else:
        pass
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'weakest_pillar'), 'score'))))
    yield ').</p>\n<table class="small">\n  <thead><tr><th scope="col">Pillar</th><th scope="col" class="num">Maturity</th><th scope="col" class="num">Known</th></tr></thead>\n  <tbody>\n'
    for l_1_p in t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'pillars')):
        _loop_vars = {}
        pass
        yield '    <tr><td>'
        yield str(environment.finalize(t_1(environment.getattr(l_1_p, 'id'))))
        yield '</td><td class="num">'
        yield str(environment.finalize(t_3(environment.getattr(l_1_p, 'score'))))
        yield '</td><td class="num">'
        yield str(environment.finalize(t_12(environment.getattr(l_1_p, 'coverage'))))
        yield '</td></tr>\n'
    l_1_p = missing
    yield '  </tbody>\n</table>\n<table class="small">\n  <thead><tr><th scope="col">Principle set</th><th scope="col" class="num">Maturity</th><th scope="col" class="num">Known</th></tr></thead>\n  <tbody>\n'
    for l_1_s in t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'sets')):
        _loop_vars = {}
        pass
        yield '    <tr><td>'
        yield str(environment.finalize(environment.getattr(l_1_s, 'name')))
        yield ' (<code>'
        yield str(environment.finalize(environment.getattr(l_1_s, 'id')))
        yield '</code>)'
        if environment.getattr(l_1_s, 'ordered'):
            pass
            yield ', steps in order'
        yield '</td><td class="num">'
        yield str(environment.finalize(t_3(environment.getattr(l_1_s, 'score'))))
        yield '</td><td class="num">'
        yield str(environment.finalize(t_12(environment.getattr(l_1_s, 'coverage'))))
        yield '</td></tr>\n'
    l_1_s = missing
    yield '  </tbody>\n</table>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'roles'):
        pass
        yield '<table class="small">\n  <thead><tr><th scope="col">Respondents\' role</th><th scope="col" class="num">Maturity in their view</th><th scope="col" class="num">Principles they answered</th></tr></thead>\n  <tbody>\n'
        for l_1_role in t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'roles')):
            _loop_vars = {}
            pass
            yield '    <tr><td>'
            yield str(environment.finalize(environment.getattr(l_1_role, 'label')))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_3(environment.getattr(l_1_role, 'score'))))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_12(environment.getattr(l_1_role, 'coverage'))))
            yield '</td></tr>\n'
        l_1_role = missing
        yield '  </tbody>\n</table>\n'
    if t_7(context.eval_ctx, t_11(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'screening'), 'answer')):
        pass
        yield '<p>Screening: the tells the sources name, as answered. A tell can cap the rung the evidence supports; an answer in the claim\'s favour counts only with evidence.</p>\n<table class="small">\n  <thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Evidence</th><th scope="col">What it does</th></tr></thead>\n  <tbody>\n'
        def t_14(fiter):
            for l_1_q in fiter:
                if environment.getattr(l_1_q, 'answer'):
                    yield l_1_q
        for l_1_q in t_14(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'screening'))):
            _loop_vars = {}
            pass
            yield '    <tr><td>'
            yield str(environment.finalize(environment.getattr(l_1_q, 'question')))
            yield '</td><td>'
            yield str(environment.finalize(environment.getattr(l_1_q, 'answer')))
            yield '</td><td>'
            yield str(environment.finalize((environment.getattr(l_1_q, 'evidence') if environment.getattr(l_1_q, 'evidence') else '–')))
            yield '</td><td>'
            if (environment.getattr(l_1_q, 'effect') == 'cap'):
                pass
                yield 'caps the evidence at '
                yield str(environment.finalize(t_8(environment.getattr(environment.getattr(l_1_q, 'cap'), 'label'))))
                yield ' (<code>'
                yield str(environment.finalize(environment.getattr(l_1_q, 'reason')))
                yield '</code>)'
            elif (environment.getattr(l_1_q, 'effect') == 'no_cap_part'):
                pass
                yield 'no cap: the claim is for part of the project'
            elif (environment.getattr(l_1_q, 'effect') == 'no_cap_led_by'):
                pass
                yield 'no cap: the community leads the project'
            elif (environment.getattr(l_1_q, 'effect') == 'supports'):
                pass
                yield "in the claim's favour, with evidence: counted as known"
            elif (environment.getattr(l_1_q, 'effect') == 'unevidenced'):
                pass
                yield "in the claim's favour, but without evidence: not counted"
            else:
                pass
                yield 'neither caps nor supports the claim'
            yield '</td></tr>\n'
        l_1_q = missing
        yield '  </tbody>\n</table>\n'
    yield '<p>Principle by principle: each role\'s score as rated (0-4). “3 → 2” marks a 3 or 4 given without evidence, which counts as 2; “unknown” means not answered. <em>Combined</em> is the lowest group\'s evidenced score, so one side cannot carry a principle alone.</p>\n<table>\n  <thead><tr><th scope="col">Principle</th>'
    for l_1_role in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'roles')):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="num">'
        yield str(environment.finalize(environment.getattr(l_1_role, 'id')))
        yield '</th>'
    l_1_role = missing
    yield '<th scope="col" class="num">Combined</th><th scope="col">Evidence and notes</th></tr></thead>\n  <tbody>\n'
    for l_1_p in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'principles')):
        _loop_vars = {}
        pass
        yield '    <tr><td>'
        yield str(environment.finalize(environment.getattr(l_1_p, 'title')))
        yield ' <code>'
        yield str(environment.finalize(environment.getattr(l_1_p, 'id')))
        yield '</code></td>'
        for l_2_c in t_2(environment.getattr(l_1_p, 'cells')):
            _loop_vars = {}
            pass
            yield '<td class="num">'
            if environment.getattr(l_2_c, 'unknown'):
                pass
                yield '<span class="muted">unknown</span>'
            elif environment.getattr(l_2_c, 'unevidenced'):
                pass
                yield str(environment.finalize(t_10(environment.getattr(l_2_c, 'rated'))))
                yield ' → '
                yield str(environment.finalize(t_10(environment.getattr(l_2_c, 'evidenced'))))
                yield ' <span class="weak">(unevidenced)</span>'
            else:
                pass
                yield str(environment.finalize(t_10(environment.getattr(l_2_c, 'rated'))))
            yield '</td>'
        l_2_c = missing
        yield '<td class="num">'
        yield str(environment.finalize(t_10(environment.getattr(l_1_p, 'score'))))
        yield '</td><td>'
        if environment.getattr(l_1_p, 'evidence'):
            pass
            yield 'Evidence: '
            yield str(environment.finalize(t_5(context.eval_ctx, environment.getattr(l_1_p, 'evidence'), '; ')))
        if (environment.getattr(l_1_p, 'evidence') and environment.getattr(l_1_p, 'notes')):
            pass
            yield '<br>'
        if environment.getattr(l_1_p, 'notes'):
            pass
            yield 'Note: '
            yield str(environment.finalize(t_5(context.eval_ctx, environment.getattr(l_1_p, 'notes'), '; ')))
        if ((not environment.getattr(l_1_p, 'evidence')) and (not environment.getattr(l_1_p, 'notes'))):
            pass
            yield '–'
        yield '</td></tr>\n'
    l_1_p = missing
    yield '  </tbody>\n</table>\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable'):
        pass
        yield '<p>Marked n/a (left out of the figures and the coverage):</p>\n<ul>\n'
        for l_1_na in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable')):
            _loop_vars = {}
            pass
            yield '  <li>'
            yield str(environment.finalize(environment.getattr(l_1_na, 'title')))
            yield ' (<code>'
            yield str(environment.finalize(environment.getattr(l_1_na, 'id')))
            yield '</code>): '
            yield str(environment.finalize((t_5(context.eval_ctx, environment.getattr(l_1_na, 'reasons'), '; ') if environment.getattr(l_1_na, 'reasons') else 'no reason given')))
            yield '</li>\n'
        l_1_na = missing
        yield '</ul>\n'
    yield '<h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Perception gap</h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n'
    l_0_pg = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'perception_gap')
    context.vars['pg'] = l_0_pg
    context.exported_vars.add('pg')
    if (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'available')):
        pass
        if environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'community_led'):
            pass
            yield '<p>The community leads this project, so its own members answer for the community side: there is no separate organisation side to compare with.</p>\n'
        elif (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'answered_by')):
            pass
            yield '<p>Staff and community views cannot be compared: nobody has answered yet.</p>\n'
        else:
            pass
            yield '<p>Staff and community views cannot be compared: '
            if (t_6(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'missing')) == 2):
                pass
                yield 'neither staff of the organisation nor any community member or partner answered'
            elif ('community' in environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'missing')):
                pass
                yield 'no community member or partner answered'
            else:
                pass
                yield 'no staff of the organisation answered'
            yield ' (answers came from '
            yield str(environment.finalize(t_5(context.eval_ctx, environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'answered_by'), ' and ')))
            yield '). '
            if ('community' in environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'missing')):
                pass
                yield 'Ask community members or partner organisations to score the principles too.'
            else:
                pass
                yield 'Ask staff of the organisation to score the principles too.'
            yield '</p>\n'
    elif (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared')):
        pass
        yield '<p>No principle was answered by both staff and the community side, so their views cannot be compared yet.</p>\n'
    elif (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows')):
        pass
        yield '<p>Staff and the community side rate all '
        yield str(environment.finalize(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared')))
        yield ' principle'
        if (environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared') != 1):
            pass
            yield 's'
        yield ' they both answered alike.</p>\n'
    else:
        pass
        l_0_wide = t_6(t_7(context.eval_ctx, t_11(context, environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows'), 'wide')))
        context.vars['wide'] = l_0_wide
        context.exported_vars.add('wide')
        yield '<p>Staff and the community side disagree on '
        yield str(environment.finalize(t_6(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows'))))
        yield ' of '
        yield str(environment.finalize(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared')))
        yield ' principle'
        if (environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared') != 1):
            pass
            yield 's'
        yield '; '
        yield str(environment.finalize((undefined(name='wide') if l_0_wide is missing else l_0_wide)))
        yield ' '
        if ((undefined(name='wide') if l_0_wide is missing else l_0_wide) == 1):
            pass
            yield 'is'
        else:
            pass
            yield 'are'
        yield ' '
        yield str(environment.finalize(t_10(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'threshold'))))
        yield ' or more points apart (<span class="warn">⚠</span>). Scores as rated.</p>\n<table class="small">\n  <thead><tr><th scope="col">Pillar (0-100, as rated)</th><th scope="col" class="num">Staff</th><th scope="col" class="num">Community side</th><th scope="col" class="num">Gap</th></tr></thead>\n  <tbody>\n'
        for l_1_p in t_2(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'pillars')):
            _loop_vars = {}
            pass
            yield '    <tr><td>'
            yield str(environment.finalize(t_1(environment.getattr(l_1_p, 'id'))))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_3(environment.getattr(l_1_p, 'staff'))))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_3(environment.getattr(l_1_p, 'community'))))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_4(environment.getattr(l_1_p, 'gap'))))
            if environment.getattr(l_1_p, 'wide'):
                pass
                yield ' <span class="warn">⚠</span>'
            yield '</td></tr>\n'
        l_1_p = missing
        yield '  </tbody>\n</table>\n<table>\n  <thead><tr><th scope="col">Principle (0-4, as rated)</th><th scope="col" class="num">Staff</th><th scope="col" class="num">Community side</th><th scope="col" class="num">Gap</th></tr></thead>\n  <tbody>\n'
        for l_1_row in t_2(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows')):
            _loop_vars = {}
            pass
            yield '    <tr><td>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'title')))
            yield ' <code>'
            yield str(environment.finalize(environment.getattr(l_1_row, 'id')))
            yield '</code></td><td class="num">'
            yield str(environment.finalize(t_10(environment.getattr(l_1_row, 'staff'))))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_10(environment.getattr(l_1_row, 'community'))))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_4(environment.getattr(l_1_row, 'gap'))))
            if environment.getattr(l_1_row, 'wide'):
                pass
                yield ' <span class="warn">⚠</span>'
            yield '</td></tr>\n'
        l_1_row = missing
        yield '  </tbody>\n</table>\n'
    yield '\n'
    template = environment.get_template('_voices.html.j2', '_report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'band': l_0_band, 'nl': l_0_nl, 'nxt': l_0_nxt, 'pg': l_0_pg, 'wide': l_0_wide}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Steps in order</h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n'
    if (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'steps')):
        pass
        yield "<p>The plan assesses no ordered set (such as Our Life's nine steps), so there is no sequence to check.</p>\n"
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'steps') and (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'led_by') == 'community')):
        pass
        yield "<p>The community leads this project. Our Life's steps are written for agencies working with communities, so they are shown for information only: the step-order finding does not apply.</p>\n"
    l_1_loop = missing
    for l_1_set, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'steps')), undefined):
        l_1_shaky = missing
        _loop_vars = {}
        pass
        yield '<p>'
        yield str(environment.finalize(environment.getattr(l_1_set, 'name')))
        yield ': each step rests on the ones before it. A step is weak when its combined score is '
        yield str(environment.finalize(t_10(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'thresholds'), 'low_principle'))))
        yield ' or less (an unknown step is not weak, only not shown); <span class="warn">⚠</span> marks a step that the same side (staff, or the community side) rates '
        yield str(environment.finalize(t_10(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'thresholds'), 'ourlife_step_gap'))))
        yield '+ points above its own mean of the steps before it.</p>\n<table>\n  <thead><tr><th scope="col">Step</th><th scope="col" class="num">Combined score</th><th scope="col">Rests on weak earlier steps</th></tr></thead>\n  <tbody>\n'
        for l_2_step in t_2(environment.getattr(l_1_set, 'steps')):
            _loop_vars = {}
            pass
            yield '    <tr><td>'
            yield str(environment.finalize(environment.getattr(l_2_step, 'number')))
            yield '. '
            yield str(environment.finalize(environment.getattr(l_2_step, 'title')))
            yield '</td><td class="num">'
            yield str(environment.finalize(t_10(environment.getattr(l_2_step, 'score'))))
            if environment.getattr(l_2_step, 'weak'):
                pass
                yield ' <span class="weak">(weak)</span>'
            elif t_13(environment.getattr(l_2_step, 'score')):
                pass
                yield ' <span class="muted">(not shown)</span>'
            if environment.getattr(l_2_step, 'outruns'):
                pass
                yield ' <span class="warn">⚠</span>'
            yield '</td><td>'
            if environment.getattr(l_2_step, 'weak_before'):
                pass
                yield str(environment.finalize(t_5(context.eval_ctx, environment.getattr(l_2_step, 'weak_before'), ', ')))
            else:
                pass
                yield '–'
            yield '</td></tr>\n'
        l_2_step = missing
        yield '  </tbody>\n</table>\n'
        l_1_shaky = t_7(context.eval_ctx, t_11(context, environment.getattr(l_1_set, 'steps'), 'outruns'))
        _loop_vars['shaky'] = l_1_shaky
        if (undefined(name='shaky') if l_1_shaky is missing else l_1_shaky):
            pass
            yield '<p>Later steps rated well above their foundations: '
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(t_2((undefined(name='shaky') if l_1_shaky is missing else l_1_shaky)), undefined):
                _loop_vars = {}
                pass
                yield 'step '
                yield str(environment.finalize(environment.getattr(l_2_s, 'number')))
                yield ' ('
                yield str(environment.finalize(environment.getattr(l_2_s, 'title')))
                yield ', '
                yield str(environment.finalize(t_10(environment.getattr(l_2_s, 'score'))))
                yield ' against '
                yield str(environment.finalize(t_10(environment.getattr(l_2_s, 'mean_before'))))
                yield ' before it)'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '; '
            l_2_loop = l_2_s = missing
            yield '. Put the earlier steps in place first: they are what makes the later ones real.</p>\n'
    l_1_loop = l_1_set = l_1_shaky = missing
    yield '\n'
    template = environment.get_template('_evidence.html.j2', '_report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'band': l_0_band, 'nl': l_0_nl, 'nxt': l_0_nxt, 'pg': l_0_pg, 'wide': l_0_wide}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>What to do next</h'
    yield str(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n'
    l_0_nxt = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_steps')
    context.vars['nxt'] = l_0_nxt
    context.exported_vars.add('nxt')
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'honest'):
        pass
        yield '<p>The claim matches what the plan shows. Keep it that way: keep the evidence current and keep asking the community side.</p>\n'
    elif (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'kind') == 'unsubstantiated'):
        pass
        yield '<p>Nothing known contradicts the claim, but too little of it is shown: gather the evidence below before claiming '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield '.</p>\n'
    elif ((not environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'far')) and environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'known')):
        pass
        yield '<p>What is known reaches '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'known'), 'label'))))
        yield ' but not '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield ': close the gaps below before claiming '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield ', or use wording that claims no more than the plan shows.</p>\n'
    else:
        pass
        yield '<p>Stop describing the project as '
        yield str(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield ' until the evidence supports it.</p>\n'
    yield '<p>Wording the project can honestly use today:</p>\n<blockquote class="wording">'
    yield str(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'honest_wording')))
    yield '</blockquote>\n'
    if (environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'claim_wording') and environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'wording_claims_more')):
        pass
        yield '<p>instead of “'
        yield str(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'claim_wording')))
        yield '”</p>\n'
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'advice'):
        pass
        yield '<p>'
        if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'honest'):
            pass
            yield 'To go further, start'
        else:
            pass
            yield 'Start'
        yield ' with the weakest principles:</p>\n<ol class="advice">\n'
        for l_1_a in t_2(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'advice')):
            _loop_vars = {}
            pass
            yield '  <li><strong>'
            yield str(environment.finalize(environment.getattr(l_1_a, 'title')))
            yield '</strong> (<code>'
            yield str(environment.finalize(environment.getattr(l_1_a, 'id')))
            yield '</code>, combined score '
            yield str(environment.finalize(t_10(environment.getattr(l_1_a, 'score'))))
            yield '): '
            if environment.getattr(l_1_a, 'advice'):
                pass
                yield str(environment.finalize(environment.getattr(l_1_a, 'advice')))
                yield ' '
            yield '<em>Evidence to collect:</em> '
            yield str(environment.finalize(environment.getattr(l_1_a, 'evidence_prompt')))
            yield '</li>\n'
        l_1_a = missing
        yield '</ol>\n'
        if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_weak'):
            pass
            yield '<p>…and '
            yield str(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_weak')))
            yield ' more weak principles in the principle table above.</p>\n'
    else:
        pass
        yield '<p>No principle answered scores below “'
        yield str(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'scale'), environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'evidenced_from')), 'label')))
        yield '”.</p>\n'
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'unknown'):
        pass
        yield '<p>Not yet known: no answer says how these stand, so they are neither counted nor called weak. Evidence to gather:</p>\n<ul class="advice">\n'
        for l_1_a in t_2(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'unknown')):
            _loop_vars = {}
            pass
            yield '  <li><strong>'
            yield str(environment.finalize(environment.getattr(l_1_a, 'title')))
            yield '</strong> (<code>'
            yield str(environment.finalize(environment.getattr(l_1_a, 'id')))
            yield '</code>): '
            yield str(environment.finalize(environment.getattr(l_1_a, 'evidence_prompt')))
            yield '</li>\n'
        l_1_a = missing
        if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_unknown'):
            pass
            yield '  <li>…and '
            yield str(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_unknown')))
            yield ' more marked “unknown” in the table above.</li>\n'
        yield '</ul>\n'
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'next_level'):
        pass
        l_0_nl = environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'next_level')
        context.vars['nl'] = l_0_nl
        context.exported_vars.add('nl')
        yield '<p>To support <strong>'
        yield str(environment.finalize(t_8(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'label'))))
        yield '</strong>, the plan still needs:</p>\n<ul>\n'
        if environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'short_overall'):
            pass
            yield '  <li>overall maturity of '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'min_overall'))))
            yield ' (now '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'overall_now'), 'nothing answered')))
            yield ')</li>\n'
        if environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'short_pillar'):
            pass
            yield '  <li>every pillar at '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'min_weakest_pillar'))))
            yield ' (the weakest, '
            yield str(environment.finalize(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'weakest_pillar_id')))
            yield ', is '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'weakest_pillar_now'), 'not answered')))
            yield ')</li>\n'
        if environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'short_coverage'):
            pass
            yield '  <li>at least '
            yield str(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'min_coverage'), 100))))
            yield '% of every pillar known ('
            yield str(environment.finalize(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'thinnest_pillar_id')))
            yield ': '
            yield str(environment.finalize(t_12(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'coverage_now'))))
            yield ')</li>\n'
        for l_1_b in t_2(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'blocked_by')):
            _loop_vars = {}
            pass
            yield '  <li>'
            if environment.getattr(l_1_b, 'question'):
                pass
                yield 'a different answer to “'
                yield str(environment.finalize(environment.getattr(l_1_b, 'question')))
                yield '” (now <em>'
                yield str(environment.finalize(environment.getattr(l_1_b, 'answer')))
                yield '</em>)'
                if environment.getattr(l_1_b, 'whole_only'):
                    pass
                    yield ': if that cannot change, claim only the parts it fits (<code>scope: part</code>)'
            else:
                pass
                yield 'no <code>'
                yield str(environment.finalize(environment.getattr(l_1_b, 'code')))
                yield '</code> cap'
            yield '</li>\n'
        l_1_b = missing
        yield '</ul>\n'

blocks = {}
debug_info = '3=95&5=99&6=101&7=103&8=105&9=119&10=122&11=126&12=129&14=132&15=149&16=152&18=173&19=179&20=193&21=207&22=210&24=216&25=219&29=222&31=267&32=271&37=278&39=282&40=286&41=322&45=328&48=332&52=339&53=343&58=367&59=370&61=379&62=382&64=388&65=391&68=409&69=413&73=426&74=430&81=438&82=442&86=456&90=459&91=463&96=471&101=474&102=482&109=514&111=522&112=526&117=568&120=571&121=575&125=584&126=588&127=591&128=593&130=596&133=602&135=621&137=624&138=627&140=635&141=639&145=658&146=662&153=675&154=679&160=695&161=702&162=706&165=709&168=713&169=718&173=724&174=728&178=752&179=754&180=758&184=777&185=784&186=788&187=791&189=794&190=797&191=799&192=802&194=811&197=814&198=816&199=819&201=821&202=824&204=831&205=835&208=850&209=853&212=858&214=860&217=863&218=867&220=874&221=877&225=880&226=882&227=886&229=888&230=891&232=895&233=898&235=904&236=907&238=913&239=917'