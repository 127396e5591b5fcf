"""Portuguese as written in Portugal: each group's patterns (flows.kit.disclosure.shared says what
the groups are and how patterns are written). Fragments written alike in Brazil:
flows.kit.disclosure.portuguese."""

from __future__ import annotations

from flows.kit.disclosure.portuguese import (
    PT_ACT,
    PT_ACT_FORMS,
    PT_CONTACT,
    PT_KIN,
    PT_PERSON,
    PT_PICS,
    PT_RULE,
    PT_VICTIM,
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        # not "tocou-me" (it moved me) or "obrigou-me" (it obliged me): those need a person
        r"(?:apalpou|apalpava|violou|abusou|abusava|molestou|violava|despiu|assediou"
        r"|assediava)-me",
        r"(?:abusou|abusava|abusaram|abusavam|abusa) de mim",
        r"fui (?:[\w-]+ )?" + PT_ACT_FORMS,
        r"(?:fazia|fez|faz)-me coisas",
        r"(?:aconteceu|acontece|aconteceu isto|aconteceu isso) comigo",
        r"sofri (?:[\w-]+ )?(?:abuso|abusos|violencia sexual|estupro|assedio|violacao)",
        r"(?:pede|pediu|pedia|pedem)-me (?:nudes|(?:fotos|fotografias|videos) (?:minhas|nua\w*"
        r"|intimas|sem roupa))",
        *PT_VICTIM,
    ),
    "deed": (
        r"(?:abusou|abusa|abusava|abusaram) (?:dela|dele)",
        r"(?:tocou|toca|tocava|mexia|mexeu|mexe)-lhe",
        r"(?:apalpou|apalpa|apalpava|violou|violava|abusou)-(?:a|o)",
        r"(?:fazia|faz|fez)-lhe coisas",
        # not "lhe toca" ("no que lhe toca": as far as it is concerned)
        r"lhe (?:mexe|mexia|mexeu|apalpa|apalpava|faz coisas|fazia coisas)",
        r"(?:mexe|mexia|mexeu|toca|tocava|tocou) (?:nela|nele)",
    ),
    "person": (
        r"(?:minha|meu|minhas|meus) (?:[\w-]+ )?" + PT_KIN,
        r"(?:nossa|nosso) (?:filh[oa]|menin[oa]|bebe|sobrinh[oa]|net[oa])",
        r"(?:uma|um|a|o) (?:menina|menino|miud[oa]|rapariga|rapaz|alun[oa]|crian[cç]a|colega)"
        r" (?:da|do|de|na|no) (?:minha|meu|nossa|nosso|escola|turma|bairro|predio)",
        r"(?:o|a) (?:padrasto|madrasta|pai|m[aã]e|tio|tia|av[oô]|primo|irm[aã]o|treinador"
        r"|professora?|explicador|vizinh[oa]|padrinho|namorado da m[aã]e) (?:dela|dele)",
        r"(?:o|a) vizinh[oa]",
        r"(?:menina|menino|miud[oa]|filh[oa]|crian[cç]a|alun[oa]|sobrinh[oa]"
        r"|net[oa]) de \d{1,2}"
        r" anos",
        r"quando (?:eu )?(?:tinha|era)",
        r"(?:o|a) (?:tio|pai|padrasto|av[oô]) (?:dela|dele)",
        r"tenho \d{1,2} anos",
        *PT_PERSON,
        # A particular child where the writer lives or studies ("a girl from our street", "a girl in
        # my class"), the one pictures are sold or passed around of.
        r"(?:menin|garot|crianc|miud|rapariga|rapaz|bebe|pequen)\w* (?:d[oa] )?(?:res do chao"
        r"|r/c|cave|sotao)",
    ),
    "actor": (
        r"(?:um|o|esse|este) (?:professor|treinador|vizinho|padre|homem|senhor|adulto"
        r"|explicador|padrasto|tio)",
        r"(?:o|um) pai|(?:a|uma) m[aã]e",
        r"(?:um|o|esse|este|aquele) (?:velho|senhor|sujeito|tipo|gajo|cara)",
        r"(?:meu|minha|seu|sua) (?:marido|esposo|companheiro|namorado|ex|mulher|esposa"
        r"|cunhado|sogro|genro)",
        r"(?:um|o|esse|este|aquele) (?:porteiro|zelador|seguranca|motorista|monitor"
        r"|catequista|vigilante)",
    ),
    "act": (
        r"(?:foi|foram|tem sido|esta a ser|estao a ser|anda a ser|era|sido|a ser|sendo"
        r"|esta sendo|ta sendo|estava sendo|estava a ser) (?:[\w-]+ )?" + PT_ACT_FORMS,
        r"(?:abusou|abusa|abusava|abusaram|abusavam|abusar|abusando) (?:de|da|do|dela|dele|das"
        r"|dos)",
        r"(?:apalpa|apalpou|apalpava|apalpar|apalpando|violou|violaram|molestou|molesta"
        r"|molestava|assediou|assedia|assediava|bolinou|alicia|aliciou|abusada|violada)",
        r"(?:tocou|toca|tocava|tocaram|mexeu|mexia)(?:-lhe|-lhes|-me| nela| nele)",
        r"(?:obrigou|obrigava|forcou|forcava)-(?:me|a|o)",
        r"(?:fazia|faz|fez|fazem)(?:-lhe| lhe) coisas",
        r"(?:entra|entrava|vem|vinha|mete-se|se mete) (?:[\w-]+ )?(?:no|na|para o|pro|pra)"
        r" (?:(?:meu|minha|seu|sua|o|a) )?(?:quarto|cama|banheiro|casa de banho|chuveiro"
        r"|banho)",
        r"tirar a roupa|despir-se|a despir|sem roupa",
        *PT_ACT,
    ),
    "contact": (
        r"(?:pede|pediu|pedia|pedem|pedindo|pedir)(?:-lhe)? (?:[\w'-]+ ){0,3}" + PT_PICS,
        r"quer (?:encontrar|conhecer|ver|marcar)\w*",
        r"(?:encontrar-se|se encontrar|encontrar) com (?:ele|ela)",
        r"(?:manda|mandou|mandava|envia|enviou|enviava|mandando|enviando|a mandar|a enviar)"
        r"(?:-lhe)? (?:[\w'-]+ ){0,2}(?:mensagens|mensagem|presentes|dinheiro)",
        r"(?:guardar segredo|nao contar a ninguem|e um segredo|e segredo)",
        r"chantage(?:ia|ou|ava|ando|ar)\w*|faz chantagem",
        *PT_CONTACT,
    ),
    "images": (
        r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:[\w-]+ )?(?:nua|nuas|nu|pelad\w*"
        r"|intim[oa]s?|sexuais|sem roupa)",
        r"nudes",
        r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:da|do|de) (?:minha|meu|sua|seu|dela"
        r"|dele|uma menina|um menino)",
        r"(?:partilh|divulg|espalh|public|post|circul|vaz|vend|mand|envi|compartilh)\w*"
        r" (?:[\w'-]+ ){0,3}" + PT_PICS,
        r"(?:pass|partilh)\w* (?:[\w'-]+ ){0,3}(?:fotos?|fotografias?|v[ií]deos?|imagens?"
        r"|nudes|selfies?)",
        # pictures of a particular child: "ha videos dele a circular"
        r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:dele|dela)",
    ),
    "harm": (
        r"(?:abuso|violacao|estupro|assedio|aliciamento|exploracao|incesto)",
        r"(?:maus[- ]tratos|violencia|negligencia|espancamento|chantagem|sextorsao)",
    ),
    "plea": (
        r"ajud(?:em|e|a)[- ]me", r"me ajud(?:em|e|a)", r"socorro", r"preciso de ajuda",
        r"(?:por favor|pf|pfv),? ajud\w*",
        r"(?:quero|queria|gostaria de|preciso) (?:de )?(?:denunciar|fazer queixa|apresentar"
        r" queixa|fazer uma denuncia)",
        r"(?:como|onde|a quem) (?:e que )?(?:denuncio|faco queixa|posso denunciar"
        r"|apresento queixa|devo ir)",
        r"nao sei o que fazer", r"o que (?:faco|devo fazer|eu faco)",
        r"(?:eu |se (?:eu )?)(?:suspeito|desconfio)|suspeito que|desconfio|tenho (?:uma )?"
        r"(?:suspeita|desconfianca)s?",
        r"(?:a quem|pra quem|para quem|onde) (?:e que )?(?:recorro|peco ajuda|ligo|aviso|digo"
        r"|comunico|conto|vou)",
        r"e normal (?:que|o|a|ele|ela)|(?:isto|isso) e normal|sera normal",
        # a worker's doubt about a particular child
        r"devo (?:dizer|fazer|contar) alguma coisa|nao sei se (?:ligo|aciono|denuncio|espero"
        r"|aviso|conto)|(?:estou|to|sera que estou) a? ?exagerar|(?:estou|to) exagerando",
    ),
    "citation": (
        r"(?:lei|decreto-lei|decreto|codigo|artigo|art|arts|portaria|resolucao)\.?"
        r" (?:n\.?[°o]\.? ?)?\d",
        r"condenad[oa]s? a|anos de prisao|absolvid[oa]s?|por cento",
        r"(?:ao abrigo da|pela|segundo a|de acordo com a|nos termos da) (?:nova )?lei"
        r"|pode(?:m)?"
        r" ser (?:acusad|denunciad|processad|punid|condenad)\w*|(?:todo|cada) (?:pai|adulto"
        r"|professor) que|(?:toda|cada) mae que",
        # a general rule, not a story
        *PT_RULE,
    ),
}
