# Generated from templates/_method.md.j2: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_method.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_method = resolve('method')
    try:
        t_1 = environment.filters['coprod_budget']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'coprod_budget' found.")
    try:
        t_2 = environment.filters['figure']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'figure' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['md_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_url' found.")
    try:
        t_6 = environment.filters['share']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'share' found.")
    pass
    yield '## Method\n\nHow this report reaches its findings, so a reader can check the reasoning.\n\n**Two axes.** *Maturity* is how far co-production practice is in place (0-100, from the answers). *Co-washing risk* is how far what the project claims runs ahead of what it can show. An honest claim is low risk even when practice is weak: a project that says it consults, and does consult, is not co-washing.\n\n**The scale.** Each respondent scores each principle:\n\n| Score | Meaning |\n|---:|---|\n'
    for l_1_s in t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'scale')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_s, 'score')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_s, 'label')))
        yield ' |\n'
    l_1_s = missing
    yield '\nA score of '
    yield str(environment.finalize(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'evidenced_from')))
    yield ' or more given without evidence counts as '
    yield str(environment.finalize(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'unevidenced_cap')))
    yield ". Views are combined per principle as the lowest group's mean ("
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'groups')), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_g, 'roles'), ' and ')))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '; '
    l_1_loop = l_1_g = missing
    yield "), so staff cannot carry a principle the community side rates low. In a project the community leads itself, the leading group's own respondents speak for the community side.\n\n**Unknown is not zero.** Maturity figures are means over the principles answered; an unknown answer is left out, not counted as 0. What is not known shows as *coverage*: the share of the principles in scope and of the screening questions that is known, per pillar, set and role. A screening answer that would help the claim (for example decisions that are shared or community-led, or a project the community started) counts as known only when its evidence is given; one that holds the claim back counts as given. A principle every respondent marks n/a (with a reason) is left out of both figures and coverage and listed; "
    l_1_loop = missing
    for l_1_pid, l_1_loop in LoopContext(t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'never_na')), undefined):
        _loop_vars = {}
        pass
        yield '`'
        yield str(environment.finalize(l_1_pid))
        yield '`'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_pid = missing
    yield ' can never be n/a.\n\n**The ladder.** The top five rungs of the Think Local Act Personal ladder of co-production, with the nearest IAP2 spectrum level and Arnstein group. A rung is supported when overall maturity and the weakest of the three pillars (power, knowledge, inclusion) reach its figures *and* enough of every pillar is known; screening answers (who started the project, when people joined, what power they hold, whether they are rewarded, whether the outcome was fixed, whether anyone asks who is missing) can cap it lower. Where the figures reach a rung but coverage is too thin, the report says so rather than scoring the practice as absent.\n\n| Rung | IAP2 | Arnstein | Meaning | Overall | Weakest pillar | Known, every pillar |\n|---|---|---|---|---:|---:|---:|\n'
    for l_1_level in t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'ladder')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_level, 'label')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_level, 'iap2')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_level, 'arnstein')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_level, 'meaning')))
        yield ' | '
        yield str(environment.finalize(t_2(environment.getattr(l_1_level, 'min_overall'))))
        yield ' | '
        yield str(environment.finalize(t_2(environment.getattr(l_1_level, 'min_weakest_pillar'))))
        yield ' | '
        yield str(environment.finalize(t_6(environment.getattr(l_1_level, 'min_coverage'))))
        yield ' |\n'
    l_1_level = missing
    yield "\n**Two kinds of over-claim.** Each rung the claim (raised to the project's own wording where that says more) runs above the evidence is one of two kinds, never mixed: *contradicted*, where what is known (the answers as rated, the community side's view, the screening answers) falls below the claim, "
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'over_claim'), 'contradicted_per_rung')))
    yield ' points a rung; or *unsubstantiated*, where nothing known contradicts it but too little is known or evidenced to support it, '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'over_claim'), 'unsubstantiated_per_rung')))
    yield ' points a rung, or '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'over_claim'), 'backed_per_rung')))
    yield ' where someone other than the side making the claim backs it with evidence: the community side or an independent reviewer, with at least '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'over_claim'), 'backing_min_answers')))
    yield ' answers between them, '
    yield str(environment.finalize(t_2(environment.call_binop(context, '*', environment.getattr(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'over_claim'), 'backing_evidenced_share'), 100))))
    yield '% of them evidenced. The organisation\'s own answers never back its claim.\n\n**Each fact counts once.** A screening answer below the claim counts either as the cap that holds the level down (its finding carries those rungs) or, where something else already holds it lower, as a flag with its own points. Unknowns are charged once, through coverage: a desk review that hears neither side notes that the community\'s view is unknown, at no cost. Unevidenced 3s and 4s count once, as "partly in place". The other findings (wording above the claim, a claim answered by the organisation side with no community voice, a perception gap, skipped steps, a whole-project claim the plan itself limits, many n/a answers) are separate facts with their own points. The score is the sum, capped at 100.\n\n| Band | Score |\n|---|---|\n'
    for l_1_b in t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'bands')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_b, 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_b, 'from')))
        yield '-'
        yield str(environment.finalize(environment.getattr(l_1_b, 'to')))
        yield ' |\n'
    l_1_b = missing
    yield '\n**Sources.** Every principle and every finding quotes its source verbatim.\n\n'
    for l_1_s in t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'sets')):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.finalize(t_4(environment.getattr(l_1_s, 'name'))))
        yield ' (`'
        yield str(environment.finalize(environment.getattr(l_1_s, 'id')))
        yield '`, '
        yield str(environment.finalize(environment.getattr(l_1_s, 'principles')))
        yield ' principles'
        if environment.getattr(l_1_s, 'ordered'):
            pass
            yield ', in order'
        yield '): '
        if environment.getattr(l_1_s, 'url'):
            pass
            yield '[“'
            yield str(environment.finalize(t_4(environment.getattr(l_1_s, 'title'))))
            yield '”]('
            yield str(environment.finalize(t_5(environment.getattr(l_1_s, 'url'))))
            yield ')'
        else:
            pass
            yield '“'
            yield str(environment.finalize(t_4(environment.getattr(l_1_s, 'title'))))
            yield '”'
        yield ', '
        yield str(environment.finalize(t_4(environment.getattr(l_1_s, 'attribution'))))
        yield '.\n'
    l_1_s = missing
    if environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'cited'):
        pass
        yield '\nThe findings quote: '
        l_1_loop = missing
        for l_1_a, l_1_loop in LoopContext(t_1(environment.getattr((undefined(name='method') if l_0_method is missing else l_0_method), 'cited')), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_4(l_1_a)))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_a = missing
        yield '.\n'

blocks = {}
debug_info = '12=49&13=53&16=59&18=74&24=85&25=89&28=105&34=115&35=119&40=127&41=131&43=157&45=161'