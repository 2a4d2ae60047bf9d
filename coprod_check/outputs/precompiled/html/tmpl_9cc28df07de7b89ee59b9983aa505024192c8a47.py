# Generated from templates/_voices.html.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_voices.html.j2'

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
        t_3 = environment.filters['score']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'score' found.")
    pass
    l_0_v = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'voices')
    context.vars['v'] = l_0_v
    context.exported_vars.add('v')
    yield '<h'
    yield escape(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>Who answered</h'
    yield escape(environment.finalize((undefined(name='h') if l_0_h is missing else l_0_h)))
    yield '>\n'
    if (not environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')):
        pass
        yield '<p>Nobody has answered yet.</p>\n'
    else:
        pass
        yield '<p>'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_g, 'label')))
            yield ': <strong>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'respondents')))
            yield '</strong> respondent'
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
        yield '</p>\n'
        for l_1_g in t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'too_small')):
            _loop_vars = {}
            pass
            yield '<p class="verdict high"><span class="warn">⚠</span> <strong>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'label')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_g, 'respondents')))
            yield ' respondent'
            if (environment.getattr(l_1_g, 'respondents') != 1):
                pass
                yield 's'
            yield ', too few to speak for anyone</strong> (fewer than '
            yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'small_group')))
            yield '). Read its scores as individual views, not as the view of the group.</p>\n'
        l_1_g = missing
        if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'many'):
            pass
            yield '<p>Per principle and side: how many answered (and how many did not know), the mean and median, the range, and how many gave each score from 0 to 4. Scores as rated. “too few” marks fewer than '
            yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'small_group')))
            yield ' answers.</p>\n<table class="spread">\n  <thead><tr><th scope="col">Principle</th>'
            for l_1_g in t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups')):
                _loop_vars = {}
                pass
                yield '<th scope="col">'
                yield escape(environment.finalize(environment.getattr(l_1_g, 'label')))
                yield '</th>'
            l_1_g = missing
            yield '</tr></thead>\n  <tbody>\n'
            for l_1_p in t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'principles')):
                _loop_vars = {}
                pass
                yield '    <tr><td>'
                yield escape(environment.finalize(environment.getattr(l_1_p, 'title')))
                yield ' <code>'
                yield escape(environment.finalize(environment.getattr(l_1_p, 'id')))
                yield '</code></td>'
                for l_2_s in t_1(environment.getattr(l_1_p, 'spread')):
                    _loop_vars = {}
                    pass
                    yield '<td>'
                    if environment.getattr(l_2_s, 'answered'):
                        pass
                        yield '<strong>'
                        yield escape(environment.finalize(environment.getattr(l_2_s, 'answered')))
                        yield '</strong> answered'
                        if environment.getattr(l_2_s, 'unknown'):
                            pass
                            yield ', '
                            yield escape(environment.finalize(environment.getattr(l_2_s, 'unknown')))
                            yield " don't know"
                        yield '<br>mean '
                        yield escape(environment.finalize(t_3(environment.getattr(l_2_s, 'mean'))))
                        yield ' · median '
                        yield escape(environment.finalize(t_3(environment.getattr(l_2_s, 'median'))))
                        yield ' · range '
                        yield escape(environment.finalize(environment.getattr(l_2_s, 'min')))
                        yield '–'
                        yield escape(environment.finalize(environment.getattr(l_2_s, 'max')))
                        yield '<br><span class="muted">0–4:</span> '
                        yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_2_s, 'counts'), ' · ')))
                        if environment.getattr(l_2_s, 'too_small'):
                            pass
                            yield ' <span class="warn">(too few)</span>'
                    else:
                        pass
                        yield '<span class="muted">no answers'
                        if environment.getattr(l_2_s, 'unknown'):
                            pass
                            yield ' ('
                            yield escape(environment.finalize(environment.getattr(l_2_s, 'unknown')))
                            yield " don't know)"
                        yield '</span>'
                    yield '</td>'
                l_2_s = missing
                yield '</tr>\n'
            l_1_p = missing
            yield '  </tbody>\n</table>\n'
    yield '\n'

blocks = {}
debug_info = '2=32&3=36&4=40&7=47&8=65&9=69&11=80&12=83&14=85&16=93&17=97'