# Generated from templates/_report.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_report.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_h = resolve('h')
    l_0_r = resolve('r')
    l_0_wide = resolve('wide')
    l_0_method = resolve('method')
    l_0_nl = resolve('nl')
    l_0_pg = l_0_nxt = missing
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
        t_9 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_10 = environment.filters['mermaid']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'mermaid' found.")
    try:
        t_11 = environment.filters['reverse']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'reverse' found.")
    try:
        t_12 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_13 = environment.filters['score']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'score' found.")
    try:
        t_14 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_15 = environment.filters['share']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'share' found.")
    try:
        t_16 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Headline\n\n| | |\n|---|---|\n| Project | **'
    yield escape(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'name'))))
    yield '** |\n| Organisation | '
    yield escape(environment.finalize((t_9(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'organisation')) if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'organisation') else 'not given')))
    yield ' |\n| Assessed | '
    yield escape(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'assessed') or 'not dated')))
    yield ' |\n| Claims | **'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'label')))
    yield '** (IAP2 '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'iap2')))
    yield '; Arnstein: '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'arnstein')))
    if environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'arnstein'), 'startswith'), 'Tokenism'):
        pass
        yield ', explained under the ladder'
    yield ')'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'scope') == 'part'):
        pass
        yield ', for part of the project: '
        yield escape(environment.finalize(t_9(t_5(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'parts'), '; '))))
    yield ' |\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'id')):
        pass
        yield '| Describes itself as | **'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label')))
        yield '**: “'
        yield escape(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'wording'))))
        yield '” |\n'
    elif environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'wording'):
        pass
        yield '| In its own words | “'
        yield escape(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'wording'))))
        yield '” |\n'
    yield '| Evidence supports | **'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label')))
    yield '** (IAP2 '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'iap2')))
    yield ')'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap'):
        pass
        yield ': '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap')))
        yield ' rung'
        if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap') != 1):
            pass
            yield 's'
        yield ' below the claim'
        if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'id')):
            pass
            yield ' as worded'
    yield ' |\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs') or environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs')):
        pass
        yield '| Over-claim | '
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs'):
            pass
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs')))
            yield ' rung'
            if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs') != 1):
                pass
                yield 's'
            yield ' **contradicted** by what is known'
        if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'contradicted_rungs') and environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs')):
            pass
            yield '; '
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs'):
            pass
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs')))
            yield ' rung'
            if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'unsubstantiated_rungs') != 1):
                pass
                yield 's'
            yield ' **unsubstantiated** (not shown)'
        yield ' |\n'
    yield '| Co-washing risk | **'
    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'band'))))
    yield '** ('
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'score')))
    yield '/100) |\n| Overall maturity | '
    yield escape(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'overall'))))
    yield '/100 ('
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'pillars')), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.getattr(l_1_p, 'id')))
        yield ' '
        yield escape(environment.finalize(t_3(environment.getattr(l_1_p, 'score'))))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_p = missing
    yield '), over the answers given |\n| Known (coverage) | '
    yield escape(environment.finalize(t_15(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'coverage'))))
    yield ' of what the sets and screening ask ('
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'pillars')), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.getattr(l_1_p, 'id')))
        yield ' '
        yield escape(environment.finalize(t_15(environment.getattr(l_1_p, 'coverage'))))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_p = missing
    yield ') |\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable'):
        pass
        yield '| Not applicable | '
        yield escape(environment.finalize(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable'))))
        yield ' principle'
        if (t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable')) != 1):
            pass
            yield 's'
        yield ' marked n/a (listed under Maturity) |\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'led_by') != 'organisation'):
        pass
        yield '| Led by | '
        yield escape(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'led_by_label'))))
        yield ' |\n'
    yield '\n> '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'verdict')))
    yield ' The project claims '
    yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'id')):
        pass
        yield ' in its own words ('
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'claim'), 'label'))))
        yield ' in the plan)'
    yield '; its answers and screening support '
    yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label'))))
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap'):
        pass
        yield ', '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap')))
        yield ' rung'
        if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gap') != 1):
            pass
            yield 's'
        yield ' lower'
    yield '.'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'):
        pass
        yield ' The evidenced figures reach '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'label'))))
        yield ', but too little is known to support it: coverage is too thin, which is not the same as practice being absent.'
    yield ' '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons'):
        pass
        yield escape(environment.finalize(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons'))))
        yield ' finding'
        if (t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons')) != 1):
            pass
            yield 's add'
        else:
            pass
            yield ' adds'
        yield ' up to a risk score of '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'score')))
        yield '/100.'
    else:
        pass
        yield 'No red flag was raised.'
    yield '\n\n'
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Why\n\n'
    if (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons')):
        pass
        yield 'No finding counts against the claim: it does not run ahead of what the plan shows.\n'
    else:
        pass
        yield 'Every finding, most serious first, with the passage it rests on.\n'
    yield '\n'
    l_1_loop = missing
    for l_1_reason, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons')), undefined):
        _loop_vars = {}
        pass
        yield '**'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(l_1_reason, 'message')))
        yield '**\n`'
        yield escape(environment.finalize(environment.getattr(l_1_reason, 'code')))
        yield '`'
        if (environment.getattr(l_1_reason, 'kind') != 'flag'):
            pass
            yield ' · '
            yield escape(environment.finalize(environment.getattr(l_1_reason, 'kind')))
            yield ', '
            yield escape(environment.finalize(environment.getattr(l_1_reason, 'rungs')))
            yield ' rung'
            if (environment.getattr(l_1_reason, 'rungs') != 1):
                pass
                yield 's'
        yield ' · +'
        yield escape(environment.finalize(environment.getattr(l_1_reason, 'points')))
        yield ' points'
        if environment.getattr(l_1_reason, 'principles'):
            pass
            yield ' · concerns: '
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(t_2(environment.getattr(l_1_reason, 'named')), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(environment.getattr(l_2_p, 'title')))
                yield ' (`'
                yield escape(environment.finalize(environment.getattr(l_2_p, 'id')))
                yield '`)'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ', '
            l_2_loop = l_2_p = missing
            if environment.getattr(l_1_reason, 'more_principles'):
                pass
                yield ' and '
                yield escape(environment.finalize(environment.getattr(l_1_reason, 'more_principles')))
                yield ' more'
        yield '\n\n> “'
        yield escape(environment.finalize(environment.getattr(l_1_reason, 'quote')))
        yield '”\n>\n> — '
        yield escape(environment.finalize(environment.getattr(l_1_reason, 'attribution')))
        yield '\n\n'
    l_1_loop = l_1_reason = missing
    yield '\n'
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Where the claim sits on the ladder\n\n```mermaid\nflowchart BT\n'
    for l_1_level in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder')):
        _loop_vars = {}
        pass
        yield '    L'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'rank')))
        yield '["'
        yield escape(environment.finalize(t_10(environment.getattr(l_1_level, 'label'))))
        if environment.getattr(l_1_level, 'worded'):
            pass
            yield ' - claimed'
        if environment.getattr(l_1_level, 'evidenced'):
            pass
            yield ' - evidence supports'
        yield '"]\n'
    l_1_level = missing
    l_1_loop = missing
    for l_1_level, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder')), undefined):
        _loop_vars = {}
        pass
        yield 'L'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'rank')))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' --> '
    l_1_loop = l_1_level = missing
    yield '\n    classDef claimed fill:#f8d7da,stroke:#b02a37,stroke-width:3px,color:#000\n    classDef evidenced fill:#d1e7dd,stroke:#146c43,stroke-width:3px,color:#000\n    classDef both fill:#d1e7dd,stroke:#146c43,stroke-width:3px,color:#000\n'
    def t_17(fiter):
        for l_1_level in fiter:
            if (environment.getattr(l_1_level, 'worded') or environment.getattr(l_1_level, 'evidenced')):
                yield l_1_level
    for l_1_level in t_17(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder'))):
        _loop_vars = {}
        pass
        yield '    class L'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'rank')))
        yield ' '
        if (environment.getattr(l_1_level, 'worded') and environment.getattr(l_1_level, 'evidenced')):
            pass
            yield 'both'
        elif environment.getattr(l_1_level, 'worded'):
            pass
            yield 'claimed'
        else:
            pass
            yield 'evidenced'
        yield '\n'
    l_1_level = missing
    yield '```\n\n| Rung | IAP2 | Arnstein | This project |\n|---|---|---|---|\n'
    for l_1_level in t_2(t_11(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ladder'))):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(environment.getattr(l_1_level, 'label')))
        yield ' | '
        yield escape(environment.finalize(environment.getattr(l_1_level, 'iap2')))
        yield ' | '
        yield escape(environment.finalize(environment.getattr(l_1_level, 'arnstein')))
        yield ' | '
        if environment.getattr(l_1_level, 'worded'):
            pass
            yield '◀ **claimed**'
        if (environment.getattr(l_1_level, 'worded') and environment.getattr(l_1_level, 'evidenced')):
            pass
            yield ' · '
        if environment.getattr(l_1_level, 'evidenced'):
            pass
            yield '◀ **evidence supports**'
        if (environment.getattr(l_1_level, 'supported') and (not environment.getattr(l_1_level, 'evidenced'))):
            pass
            if environment.getattr(l_1_level, 'worded'):
                pass
                yield ' · '
            yield 'maturity figures alone would support'
        yield ' |\n'
    l_1_level = missing
    yield '\n'
    if (environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'arnstein'), 'startswith'), 'Tokenism') or environment.call(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'arnstein'), 'startswith'), 'Tokenism')):
        pass
        yield "**About “tokenism”.** Arnstein's ladder of citizen participation (1969) groups informing, consultation and placation as “tokenism”: people are heard, but do not share the power to decide. The label names the rung, not a fault of this project. "
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_steps'), 'honest'):
            pass
            yield 'A project that claims '
            yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
            yield ', and shows it, is being honest: that is low co-washing risk.'
        else:
            pass
            yield 'Co-washing is claiming a rung the evidence does not reach.'
        yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'):
        pass
        yield 'The evidenced figures reach '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'label'))))
        yield ', but coverage is too thin to support it: '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'label'))))
        yield ' needs '
        yield escape(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'thin'), 'min_coverage'), 100))))
        yield '% of every pillar known.\n\n'
    if (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supported'), 'id') != environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'id')):
        pass
        yield 'The maturity figures alone would support '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supported'), 'label'))))
        yield '; the screening answers cap it at '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidenced'), 'label'))))
        yield ' ('
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'caps')), undefined):
            _loop_vars = {}
            pass
            yield '`'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'reason')))
            yield '` caps at '
            yield escape(environment.finalize(t_8(environment.getattr(l_1_c, 'label'))))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_c = missing
        yield ').\n'
    yield '\n'
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Maturity\n\nHow far co-production practice is in place, 0-100 (the mean evidenced score × 25), over the principles answered; unanswered principles are left out, not counted as 0. *Known* is the share of what is asked that is known (coverage). Overall: **'
    yield escape(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'overall'))))
    yield '/100**, '
    yield escape(environment.finalize(t_15(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'coverage'))))
    yield ' known; weakest pillar: '
    yield escape(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'weakest_pillar'), 'id')))
    yield ' ('
    if t_16(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'weakest_pillar'), 'score')):
        pass
        yield 'nothing answered'
    else:
        pass
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'weakest_pillar'), 'score'))))
    yield ').\n\n| Pillar | Maturity | Known |\n|---|---:|---:|\n'
    for l_1_p in t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'pillars')):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(t_1(environment.getattr(l_1_p, 'id'))))
        yield ' | '
        yield escape(environment.finalize(t_3(environment.getattr(l_1_p, 'score'))))
        yield ' | '
        yield escape(environment.finalize(t_15(environment.getattr(l_1_p, 'coverage'))))
        yield ' |\n'
    l_1_p = missing
    yield '\n| Principle set | Maturity | Known |\n|---|---:|---:|\n'
    for l_1_s in t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'sets')):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(t_9(environment.getattr(l_1_s, 'name'))))
        yield ' (`'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'id')))
        yield '`)'
        if environment.getattr(l_1_s, 'ordered'):
            pass
            yield ', steps in order'
        yield ' | '
        yield escape(environment.finalize(t_3(environment.getattr(l_1_s, 'score'))))
        yield ' | '
        yield escape(environment.finalize(t_15(environment.getattr(l_1_s, 'coverage'))))
        yield ' |\n'
    l_1_s = missing
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'roles'):
        pass
        yield "| Respondents' role | Maturity in their view | Principles they answered |\n|---|---:|---:|\n"
        for l_1_role in t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'roles')):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_role, 'label'))))
            yield ' | '
            yield escape(environment.finalize(t_3(environment.getattr(l_1_role, 'score'))))
            yield ' | '
            yield escape(environment.finalize(t_15(environment.getattr(l_1_role, 'coverage'))))
            yield ' |\n'
        l_1_role = missing
        yield '\n'
    if t_7(context.eval_ctx, t_14(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'screening'), 'answer')):
        pass
        yield "Screening: the tells the sources name, as answered. A tell can cap the rung the evidence supports; an answer in the claim's favour counts only with evidence.\n\n| Question | Answer | Evidence | What it does |\n|---|---|---|---|\n"
        def t_18(fiter):
            for l_1_q in fiter:
                if environment.getattr(l_1_q, 'answer'):
                    yield l_1_q
        for l_1_q in t_18(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'maturity'), 'screening'))):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_q, 'question'))))
            yield ' | '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_q, 'answer'))))
            yield ' | '
            yield escape(environment.finalize((t_9(environment.getattr(l_1_q, 'evidence')) if environment.getattr(l_1_q, 'evidence') else '–')))
            yield ' | '
            if (environment.getattr(l_1_q, 'effect') == 'cap'):
                pass
                yield 'caps the evidence at '
                yield escape(environment.finalize(t_8(environment.getattr(environment.getattr(l_1_q, 'cap'), 'label'))))
                yield ' (`'
                yield escape(environment.finalize(environment.getattr(l_1_q, 'reason')))
                yield '`)'
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
            yield ' |\n'
        l_1_q = missing
        yield '\n'
    yield "Principle by principle: each role's score as rated (0-4). “3 → 2” marks a 3 or 4 given without evidence, which counts as 2; “unknown” means not answered. *Combined* is the lowest group's evidenced score, so one side cannot carry a principle alone.\n\n| Principle | "
    for l_1_role in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'roles')):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(t_9(environment.getattr(l_1_role, 'id'))))
        yield ' | '
    l_1_role = missing
    yield 'Combined | Evidence and notes |\n|---|'
    for l_1_role in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'roles')):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_role = missing
    yield '---:|---|\n'
    for l_1_p in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'principles')):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(t_9(environment.getattr(l_1_p, 'title'))))
        yield ' `'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'id')))
        yield '` | '
        for l_2_c in t_2(environment.getattr(l_1_p, 'cells')):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_c, 'unknown'):
                pass
                yield 'unknown'
            elif environment.getattr(l_2_c, 'unevidenced'):
                pass
                yield escape(environment.finalize(t_13(environment.getattr(l_2_c, 'rated'))))
                yield ' → '
                yield escape(environment.finalize(t_13(environment.getattr(l_2_c, 'evidenced'))))
                yield ' (unevidenced)'
            else:
                pass
                yield escape(environment.finalize(t_13(environment.getattr(l_2_c, 'rated'))))
            yield ' | '
        l_2_c = missing
        yield escape(environment.finalize(t_13(environment.getattr(l_1_p, 'score'))))
        yield ' | '
        if environment.getattr(l_1_p, 'evidence'):
            pass
            yield 'Evidence: '
            yield escape(environment.finalize(t_9(t_5(context.eval_ctx, environment.getattr(l_1_p, 'evidence'), '; '))))
        if (environment.getattr(l_1_p, 'evidence') and environment.getattr(l_1_p, 'notes')):
            pass
            yield '. '
        if environment.getattr(l_1_p, 'notes'):
            pass
            yield 'Note: '
            yield escape(environment.finalize(t_9(t_5(context.eval_ctx, environment.getattr(l_1_p, 'notes'), '; '))))
        if ((not environment.getattr(l_1_p, 'evidence')) and (not environment.getattr(l_1_p, 'notes'))):
            pass
            yield '–'
        yield ' |\n'
    l_1_p = missing
    yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable'):
        pass
        yield 'Marked n/a (left out of the figures and the coverage):\n\n'
        for l_1_na in t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'not_applicable')):
            _loop_vars = {}
            pass
            yield '- '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_na, 'title'))))
            yield ' (`'
            yield escape(environment.finalize(environment.getattr(l_1_na, 'id')))
            yield '`): '
            yield escape(environment.finalize((t_9(t_5(context.eval_ctx, environment.getattr(l_1_na, 'reasons'), '; ')) if environment.getattr(l_1_na, 'reasons') else 'no reason given')))
            yield '\n'
        l_1_na = missing
        yield '\n'
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Perception gap\n\n'
    l_0_pg = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'perception_gap')
    context.vars['pg'] = l_0_pg
    context.exported_vars.add('pg')
    if (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'available')):
        pass
        if environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'community_led'):
            pass
            yield 'The community leads this project, so its own members answer for the community side: there is no separate organisation side to compare with.\n'
        elif (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'answered_by')):
            pass
            yield 'Staff and community views cannot be compared: nobody has answered yet.\n'
        else:
            pass
            yield 'Staff and community views cannot be compared: '
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
            yield escape(environment.finalize(t_5(context.eval_ctx, environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'answered_by'), ' and ')))
            yield '). '
            if ('community' in environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'missing')):
                pass
                yield 'Ask community members or partner organisations to score the principles too.'
            else:
                pass
                yield 'Ask staff of the organisation to score the principles too.'
            yield '\n'
    elif (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared')):
        pass
        yield 'No principle was answered by both staff and the community side, so their views cannot be compared yet.\n'
    elif (not environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows')):
        pass
        yield 'Staff and the community side rate all '
        yield escape(environment.finalize(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared')))
        yield ' principle'
        if (environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared') != 1):
            pass
            yield 's'
        yield ' they both answered alike.\n'
    else:
        pass
        l_0_wide = t_6(t_7(context.eval_ctx, t_14(context, environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows'), 'wide')))
        context.vars['wide'] = l_0_wide
        context.exported_vars.add('wide')
        yield 'Staff and the community side disagree on '
        yield escape(environment.finalize(t_6(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows'))))
        yield ' of '
        yield escape(environment.finalize(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared')))
        yield ' principle'
        if (environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'compared') != 1):
            pass
            yield 's'
        yield '; '
        yield escape(environment.finalize((undefined(name='wide') if l_0_wide is missing else l_0_wide)))
        yield ' '
        if ((undefined(name='wide') if l_0_wide is missing else l_0_wide) == 1):
            pass
            yield 'is'
        else:
            pass
            yield 'are'
        yield ' '
        yield escape(environment.finalize(t_13(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'threshold'))))
        yield ' or more points apart (⚠). Scores as rated.\n\n| Pillar (0-100, as rated) | Staff | Community side | Gap |\n|---|---:|---:|---:|\n'
        for l_1_p in t_2(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'pillars')):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(t_1(environment.getattr(l_1_p, 'id'))))
            yield ' | '
            yield escape(environment.finalize(t_3(environment.getattr(l_1_p, 'staff'))))
            yield ' | '
            yield escape(environment.finalize(t_3(environment.getattr(l_1_p, 'community'))))
            yield ' | '
            yield escape(environment.finalize(t_4(environment.getattr(l_1_p, 'gap'))))
            if environment.getattr(l_1_p, 'wide'):
                pass
                yield ' ⚠'
            yield ' |\n'
        l_1_p = missing
        yield '\n| Principle (0-4, as rated) | Staff | Community side | Gap |\n|---|---:|---:|---:|\n'
        for l_1_row in t_2(environment.getattr((undefined(name='pg') if l_0_pg is missing else l_0_pg), 'rows')):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_row, 'title'))))
            yield ' `'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'id')))
            yield '` | '
            yield escape(environment.finalize(t_13(environment.getattr(l_1_row, 'staff'))))
            yield ' | '
            yield escape(environment.finalize(t_13(environment.getattr(l_1_row, 'community'))))
            yield ' | '
            yield escape(environment.finalize(t_4(environment.getattr(l_1_row, 'gap'))))
            if environment.getattr(l_1_row, 'wide'):
                pass
                yield ' ⚠'
            yield ' |\n'
        l_1_row = missing
    yield '\n'
    template = environment.get_template('_voices.md.j2', '_report.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'nl': l_0_nl, 'nxt': l_0_nxt, 'pg': l_0_pg, 'wide': l_0_wide}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Steps in order\n\n'
    if (not environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'steps')):
        pass
        yield "The plan assesses no ordered set (such as Our Life's nine steps), so there is no sequence to check.\n"
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'steps') and (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'project'), 'led_by') == 'community')):
        pass
        yield "The community leads this project. Our Life's steps are written for agencies working with communities, so they are shown for information only: the step-order finding does not apply.\n\n"
    l_1_loop = missing
    for l_1_set, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'steps')), undefined):
        l_1_shaky = missing
        _loop_vars = {}
        pass
        yield escape(environment.finalize(t_9(environment.getattr(l_1_set, 'name'))))
        yield ': each step rests on the ones before it. A step is weak when its combined score is '
        yield escape(environment.finalize(t_13(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'thresholds'), 'low_principle'))))
        yield ' or less (an unknown step is not weak, only not shown); ⚠ marks a step that the same side (staff, or the community side) rates '
        yield escape(environment.finalize(t_13(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'thresholds'), 'ourlife_step_gap'))))
        yield '+ points above its own mean of the steps before it.\n\n| Step | Combined score | Rests on weak earlier steps |\n|---|---:|---|\n'
        for l_2_step in t_2(environment.getattr(l_1_set, 'steps')):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(environment.getattr(l_2_step, 'number')))
            yield '. '
            yield escape(environment.finalize(t_9(environment.getattr(l_2_step, 'title'))))
            yield ' | '
            yield escape(environment.finalize(t_13(environment.getattr(l_2_step, 'score'))))
            if environment.getattr(l_2_step, 'weak'):
                pass
                yield ' (weak)'
            elif t_16(environment.getattr(l_2_step, 'score')):
                pass
                yield ' (not shown)'
            if environment.getattr(l_2_step, 'outruns'):
                pass
                yield ' ⚠'
            yield ' | '
            if environment.getattr(l_2_step, 'weak_before'):
                pass
                yield escape(environment.finalize(t_5(context.eval_ctx, environment.getattr(l_2_step, 'weak_before'), ', ')))
            else:
                pass
                yield '–'
            yield ' |\n'
        l_2_step = missing
        yield '\n'
        l_1_shaky = t_7(context.eval_ctx, t_14(context, environment.getattr(l_1_set, 'steps'), 'outruns'))
        _loop_vars['shaky'] = l_1_shaky
        if (undefined(name='shaky') if l_1_shaky is missing else l_1_shaky):
            pass
            yield 'Later steps rated well above their foundations: '
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(t_2((undefined(name='shaky') if l_1_shaky is missing else l_1_shaky)), undefined):
                _loop_vars = {}
                pass
                yield 'step '
                yield escape(environment.finalize(environment.getattr(l_2_s, 'number')))
                yield ' ('
                yield escape(environment.finalize(t_9(environment.getattr(l_2_s, 'title'))))
                yield ', '
                yield escape(environment.finalize(t_13(environment.getattr(l_2_s, 'score'))))
                yield ' against '
                yield escape(environment.finalize(t_13(environment.getattr(l_2_s, 'mean_before'))))
                yield ' before it)'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '; '
            l_2_loop = l_2_s = missing
            yield '. Put the earlier steps in place first: they are what makes the later ones real.\n'
    l_1_loop = l_1_set = l_1_shaky = missing
    yield '\n'
    template = environment.get_template('_evidence.md.j2', '_report.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'nl': l_0_nl, 'nxt': l_0_nxt, 'pg': l_0_pg, 'wide': l_0_wide}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield escape(environment.finalize(t_12((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# What to do next\n\n'
    l_0_nxt = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_steps')
    context.vars['nxt'] = l_0_nxt
    context.exported_vars.add('nxt')
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'honest'):
        pass
        yield 'The claim matches what the plan shows. Keep it that way: keep the evidence current and keep asking the community side.\n'
    elif (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'kind') == 'unsubstantiated'):
        pass
        yield 'Nothing known contradicts the claim, but too little of it is shown: gather the evidence below before claiming '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield '.\n'
    elif ((not environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'risk'), 'far')) and environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'known')):
        pass
        yield 'What is known reaches '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'known'), 'label'))))
        yield ' but not '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield ': close the gaps below before claiming '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield ', or use wording that claims no more than the plan shows.\n'
    else:
        pass
        yield 'Stop describing the project as '
        yield escape(environment.finalize(t_8(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'worded'), 'label'))))
        yield ' until the evidence supports it.\n'
    yield '\nWording the project can honestly use today:\n\n> '
    yield escape(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'honest_wording')))
    yield '\n\n'
    if (environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'claim_wording') and environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'wording_claims_more')):
        pass
        yield 'instead of “'
        yield escape(environment.finalize(t_9(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'claim_wording'))))
        yield '”\n\n'
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'advice'):
        pass
        if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'honest'):
            pass
            yield 'To go further, start'
        else:
            pass
            yield 'Start'
        yield ' with the weakest principles:\n\n'
        l_1_loop = missing
        for l_1_a, l_1_loop in LoopContext(t_2(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'advice')), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '. **'
            yield escape(environment.finalize(t_9(environment.getattr(l_1_a, 'title'))))
            yield '** (`'
            yield escape(environment.finalize(environment.getattr(l_1_a, 'id')))
            yield '`, combined score '
            yield escape(environment.finalize(t_13(environment.getattr(l_1_a, 'score'))))
            yield '): '
            if environment.getattr(l_1_a, 'advice'):
                pass
                yield escape(environment.finalize(t_9(environment.getattr(l_1_a, 'advice'))))
                yield ' '
            yield '*Evidence to collect:* '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_a, 'evidence_prompt'))))
            yield '\n'
        l_1_loop = l_1_a = missing
        if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_weak'):
            pass
            yield '\n…and '
            yield escape(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_weak')))
            yield ' more weak principles in the principle table above.\n'
    else:
        pass
        yield 'No principle answered scores below “'
        yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'scale'), environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'evidenced_from')), 'label')))
        yield '”.\n'
    yield '\n'
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'unknown'):
        pass
        yield 'Not yet known: no answer says how these stand, so they are neither counted nor called weak. Evidence to gather:\n\n'
        for l_1_a in t_2(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'unknown')):
            _loop_vars = {}
            pass
            yield '- **'
            yield escape(environment.finalize(t_9(environment.getattr(l_1_a, 'title'))))
            yield '** (`'
            yield escape(environment.finalize(environment.getattr(l_1_a, 'id')))
            yield '`): '
            yield escape(environment.finalize(t_9(environment.getattr(l_1_a, 'evidence_prompt'))))
            yield '\n'
        l_1_a = missing
        if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_unknown'):
            pass
            yield '- …and '
            yield escape(environment.finalize(environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'more_unknown')))
            yield ' more marked “unknown” in the table above.\n'
        yield '\n'
    if environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'next_level'):
        pass
        l_0_nl = environment.getattr((undefined(name='nxt') if l_0_nxt is missing else l_0_nxt), 'next_level')
        context.vars['nl'] = l_0_nl
        context.exported_vars.add('nl')
        yield 'To support **'
        yield escape(environment.finalize(t_8(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'label'))))
        yield '**, the plan still needs:\n\n'
        if environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'short_overall'):
            pass
            yield '- overall maturity of '
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'min_overall'))))
            yield ' (now '
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'overall_now'), 'nothing answered')))
            yield ')\n'
        if environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'short_pillar'):
            pass
            yield '- every pillar at '
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'min_weakest_pillar'))))
            yield ' (the weakest, '
            yield escape(environment.finalize(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'weakest_pillar_id')))
            yield ', is '
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'weakest_pillar_now'), 'not answered')))
            yield ')\n'
        if environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'short_coverage'):
            pass
            yield '- at least '
            yield escape(environment.finalize(t_3(environment.call_binop(context, '*', environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'min_coverage'), 100))))
            yield '% of every pillar known ('
            yield escape(environment.finalize(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'thinnest_pillar_id')))
            yield ': '
            yield escape(environment.finalize(t_15(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'coverage_now'))))
            yield ')\n'
        for l_1_b in t_2(environment.getattr((undefined(name='nl') if l_0_nl is missing else l_0_nl), 'blocked_by')):
            _loop_vars = {}
            pass
            yield '- '
            if environment.getattr(l_1_b, 'question'):
                pass
                yield 'a different answer to “'
                yield escape(environment.finalize(t_9(environment.getattr(l_1_b, 'question'))))
                yield '” (now *'
                yield escape(environment.finalize(t_9(environment.getattr(l_1_b, 'answer'))))
                yield '*)'
                if environment.getattr(l_1_b, 'whole_only'):
                    pass
                    yield ': if that cannot change, claim only the parts it fits (`scope: part`)'
            else:
                pass
                yield 'no `'
                yield escape(environment.finalize(environment.getattr(l_1_b, 'code')))
                yield '` cap'
            yield '\n'
        l_1_b = missing

blocks = {}
debug_info = '2=113&6=115&7=117&8=119&9=121&10=135&11=138&12=142&13=145&15=148&16=165&17=168&19=189&20=193&21=207&22=221&23=224&25=230&26=233&29=236&32=279&34=281&40=289&41=293&42=297&45=333&47=335&51=339&55=341&56=345&58=357&63=367&64=375&71=389&72=393&75=417&76=420&79=429&80=432&83=438&84=441&87=459&89=461&93=474&94=478&99=486&100=490&103=504&106=507&107=511&111=519&116=522&117=530&123=562&124=569&125=575&126=579&129=619&132=622&133=626&137=634&139=636&140=639&141=641&143=644&146=650&149=669&151=672&152=675&154=683&155=687&159=706&160=710&165=723&166=727&170=742&171=748&173=750&176=753&180=757&181=761&185=767&186=771&189=795&190=797&191=801&195=820&196=826&198=828&199=831&201=834&202=837&203=839&204=842&206=851&211=854&213=856&214=859&217=861&218=863&220=871&221=874&223=890&225=893&228=898&231=901&234=904&235=908&237=915&238=918&242=921&243=923&244=927&246=929&247=932&249=936&250=939&252=945&253=948&255=954&256=958'