# Generated from templates/_voices.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_voices.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_h = resolve('h')
    l_0_v = missing
    try:
        t_1 = environment.filters['coprod_budget']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'coprod_budget' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_5 = environment.filters['score']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'score' found.")
    pass
    l_0_v = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'voices')
    context.vars['v'] = l_0_v
    context.exported_vars.add('v')
    yield str(environment.finalize(t_4((undefined(name='h') if l_0_h is missing else l_0_h))))
    yield '# Who answered\n\n'
    if (not environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')):
        pass
        yield 'Nobody has answered yet.\n'
    else:
        pass
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'label'))))
            yield ': '
            yield str(environment.finalize(environment.getattr(l_1_g, 'respondents')))
            yield ' respondent'
            if (environment.getattr(l_1_g, 'respondents') != 1):
                pass
                yield 's'
            if environment.getattr(l_1_loop, 'last'):
                pass
                yield '.'
            else:
                pass
                yield '; '
        l_1_loop = l_1_g = missing
        yield '\n'
        for l_1_g in t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'too_small')):
            _loop_vars = {}
            pass
            yield '\n⚠ **'
            yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'label'))))
            yield ': '
            yield str(environment.finalize(environment.getattr(l_1_g, 'respondents')))
            yield ' respondent'
            if (environment.getattr(l_1_g, 'respondents') != 1):
                pass
                yield 's'
            yield ', too few to speak for anyone** (fewer than '
            yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'small_group')))
            yield '). Read its scores as individual views, not as the view of the group.\n'
        l_1_g = missing
        if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'many'):
            pass
            yield '\nPer principle and side: how many answered (and how many did not know), the mean, the median, the range, and how many gave each score from 0 to 4. Scores as rated. "too few" marks fewer than '
            yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'small_group')))
            yield ' answers.\n\n| Principle |'
            for l_1_g in t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'label'))))
                yield ' |'
            l_1_g = missing
            yield '\n|---|'
            for l_1_g in t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')):
                _loop_vars = {}
                pass
                yield '---|'
            l_1_g = missing
            yield '\n'
            for l_1_p in t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'principles')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(t_3(environment.getattr(l_1_p, 'title'))))
                yield ' `'
                yield str(environment.finalize(environment.getattr(l_1_p, 'id')))
                yield '` |'
                for l_2_s in t_1(environment.getattr(l_1_p, 'spread')):
                    _loop_vars = {}
                    pass
                    yield ' '
                    if environment.getattr(l_2_s, 'answered'):
                        pass
                        yield str(environment.finalize(environment.getattr(l_2_s, 'answered')))
                        yield ' answered'
                        if environment.getattr(l_2_s, 'unknown'):
                            pass
                            yield ', '
                            yield str(environment.finalize(environment.getattr(l_2_s, 'unknown')))
                            yield " don't know"
                        yield '; mean '
                        yield str(environment.finalize(t_5(environment.getattr(l_2_s, 'mean'))))
                        yield ', median '
                        yield str(environment.finalize(t_5(environment.getattr(l_2_s, 'median'))))
                        yield ', range '
                        yield str(environment.finalize(environment.getattr(l_2_s, 'min')))
                        yield '-'
                        yield str(environment.finalize(environment.getattr(l_2_s, 'max')))
                        yield '; 0-4: '
                        yield str(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_2_s, 'counts'), '/')))
                        if environment.getattr(l_2_s, 'too_small'):
                            pass
                            yield ' (too few)'
                    else:
                        pass
                        yield 'no answers'
                        if environment.getattr(l_2_s, 'unknown'):
                            pass
                            yield ' ('
                            yield str(environment.finalize(environment.getattr(l_2_s, 'unknown')))
                            yield " don't know)"
                    yield ' |'
                l_2_s = missing
                yield '\n'
            l_1_p = missing
    yield '\n'

blocks = {}
debug_info = '2=44&3=47&5=49&8=55&10=73&12=77&14=88&16=91&18=93&20=101&22=107&23=111'