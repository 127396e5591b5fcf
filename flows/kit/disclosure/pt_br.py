"""Portuguese as written in Brazil: each group's patterns (flows.kit.disclosure.shared says what the
groups are and how patterns are written). Fragments written alike in Portugal:
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
        # not "me tocou" (moved me), "me obrigou" or "me pegou de surpresa": those need a person
        r"me (?:apalpou|estuprou|estupraram|estuprava|violentou|abusou|abusava|molestou"
        r"|molestava|assediou|assediava|bolinou|bolinava)",
        r"(?:abusou|abusava|abusaram|abusavam|abusa) de mim",
        r"fui (?:[\w-]+ )?" + PT_ACT_FORMS,
        r"(?:mexeu|mexia|mexe) comigo",
        r"sofri (?:[\w-]+ )?(?:abuso|abusos|violencia sexual|estupro|assedio)",
        r"(?:passou|passava|passa|passando|passar) a m[aã]o em mim",
        r"me (?:fazia|fez|faz) coisas",
        r"me (?:pede|pediu|pedia|pedem) (?:nudes|(?:fotos?|v[ií]deos?) (?:minhas?|pelad\w*"
        r"|nua\w*"
        r"|sem roupa|intim\w*))",
        *PT_VICTIM,
    ),
    "deed": (
        r"(?:abusou|abusa|abusava|abusaram) (?:dela|dele)",
        r"(?:mexe|mexia|mexeu) com (?:ela|ele)",
        r"(?:passa|passou|passava) a m[aã]o (?:nela|nele|na|no)",
        r"(?:tocou|toca|tocava) (?:nela|nele)",
        r"(?:mexe|mexia|mexeu) (?:nela|nele)",
    ),
    "person": (
        r"(?:minha|meu|minhas|meus) (?:[\w-]+ )?" + PT_KIN,
        r"(?:nossa|nosso) (?:filh[oa]|menin[oa]|bebe|sobrinh[oa]|net[oa])",
        r"(?:uma|um|a|o) (?:menina|menino|garota|garoto|alun[oa]|crian[cç]a|colega) (?:da|do|de"
        r"|na|no) (?:minha|meu|nossa|nosso|escola|sala|turma|rua|bairro|predio)",
        r"(?:o|a) (?:padrasto|madrasta|pai|m[aã]e|tio|tia|av[oô]|primo|irm[aã]o|treinador"
        r"|professora?|vizinh[oa]|padrinho|namorado da m[aã]e) (?:dela|dele)",
        r"(?:o|a) vizinh[oa]",
        r"(?:menina|menino|garota|garoto|filh[oa]|crian[cç]a|alun[oa]|sobrinh[oa]|net[oa]"
        r"|enteada?) de \d{1,2} anos",
        r"quando (?:eu )?(?:tinha|era)",
        r"tenho \d{1,2} anos",
        *PT_PERSON,
        # A particular child where the writer lives or studies ("a girl from our street", "a girl in
        # my class"), the one pictures are sold or passed around of.
        r"(?:menin|garot|crianc|miud|rapariga|rapaz|bebe|pequen)\w* (?:aqui )?(?:da|do|de)"
        r" (?:minha |nossa |meu |nosso )?(?:rua|bairro|predio|escola|turma|sala|condominio"
        r"|vila|comunidade|quebrada)",
    ),
    "actor": (
        r"(?:um|o|esse|este) (?:professor|treinador|vizinho|padre|pastor|homem|cara|adulto"
        r"|padrasto|tio)",
        r"(?:o|um) pai|(?:a|uma) m[aã]e",
        r"(?:um|o|esse|este|aquele) (?:velho|senhor|sujeito|tipo|gajo|cara)",
        r"(?:meu|minha|seu|sua) (?:marido|esposo|companheiro|namorado|ex|mulher|esposa"
        r"|cunhado|sogro|genro)",
        r"(?:um|o|esse|este|aquele) (?:porteiro|zelador|seguranca|motorista|monitor"
        r"|catequista|vigilante)",
    ),
    "act": (
        r"(?:foi|foram|tem sido|ta sendo|esta sendo|estava sendo|era|sido|sendo) (?:[\w-]+ )?"
        + PT_ACT_FORMS,
        r"(?:abusou|abusa|abusava|abusaram|abusavam|abusando) (?:de|da|do|dela|dele|das|dos)",
        r"(?:estuprou|estupraram|estuprava|molestou|molesta|molestava|assediou|assedia"
        r"|bolinou|bolina|alicia|aliciou|aliciando|abusada|estuprada)",
        r"(?:passou|passa|passava) a m[aã]o",
        r"(?:mexe|mexia|mexeu|mexendo) com",
        r"(?:tocou|toca|tocava|pegou|pega) (?:nela|nele|na|no|nas partes)",
        r"me (?:tocou|tocava|tocaram|obrigou|obrigava|forcou|forcava|agarrou|pegou)",
        r"(?:tirando|tira|tirava|tirou) fotos? (?:d[ao]s? )?(?:minha|meu|dela|dele)",
        r"(?:entra|entrava|vem|vinha|mete-se|se mete) (?:[\w-]+ )?(?:no|na|para o|pro|pra)"
        r" (?:(?:meu|minha|seu|sua|o|a) )?(?:quarto|cama|banheiro|casa de banho|chuveiro"
        r"|banho)",
        r"tirar a roupa|despir-se|a despir|sem roupa",
        *PT_ACT,
    ),
    "contact": (
        r"(?:pede|pediu|pedia|pedem|pedindo|pedir) (?:[\w'-]+ ){0,3}" + PT_PICS,
        r"quer (?:encontrar|conhecer|ver|marcar|se encontrar)\w*",
        r"(?:manda|mandou|mandava|envia|enviou|mandando"
        r"|enviando) (?:[\w'-]+ ){0,2}(?:mensage(?:m"
        r"|ns)|presentes?|dinheiro)",
        r"(?:guardar segredo|nao contar pra ninguem|nao contar para ninguem|e segredo)",
        r"chantage(?:ia|ou|ava|ando|ar)\w*|faz chantagem",
        *PT_CONTACT,
    ),
    "images": (
        r"(?:fotos?|v[ií]deos?|imagens?) (?:[\w-]+ )?(?:nua|nuas|nu|pelad\w*|intim[oa]s?"
        r"|sexuais"
        r"|sem roupa)",
        r"nudes",
        r"(?:fotos?|v[ií]deos?|imagens?) (?:da|do|de) (?:minha|meu|sua|seu|dela|dele"
        r"|uma menina|um menino)",
        r"(?:espalh|divulg|public|post|vaz|vend|mand|envi|compartilh"
        r"|circul)\w* (?:[\w'-]+ ){0,3}"
        + PT_PICS,
        r"(?:pass)\w* (?:[\w'-]+ ){0,3}(?:fotos?|fotografias?|v[ií]deos?|imagens?|nudes"
        r"|selfies?)",
        # Pictures of a particular child ("videos of a little girl"), sold or passed round.
        r"(?:fotos?|v[ií]deos?|imagens?) (?:de|da|do) (?:uma|um|essa|esse) (?:[\w-]+ )?(?:menin"
        r"|garot|crianc|pequen)\w*",
    ),
    "harm": (
        r"(?:abuso|estupro|assedio|aliciamento|exploracao|pedofilia|incesto)",
        r"(?:maus[- ]tratos|violencia|negligencia|espancamento|chantagem|sextorsao)",
    ),
    "plea": (
        r"me ajud(?:a|e|em)",
        r"socorro",
        r"preciso de ajuda",
        r"(?:por favor|pfv|pf),? ajud\w*",
        r"(?:quero|queria|preciso|gostaria de) (?:denunciar|fazer uma denuncia|registrar"
        r" (?:um )?b\.?o|fazer um b\.?o)",
        r"(?:como|onde|pra quem|para quem) (?:eu )?(?:denuncio|faco (?:pra|para)"
        r" denunciar|posso denunciar|ligo)",
        r"nao sei o que fazer", r"o que (?:eu )?(?:faco|devo fazer)",
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
        r"(?:lei|decreto|codigo|artigo|art|arts|portaria|resolucao|eca)\.?,? (?:n[°o]\.? ?)?\d",
        r"condenad[oa]s? a|anos de prisao|absolvid[oa]s?|por cento",
        r"(?:ao abrigo da|pela|segundo a|de acordo com a|nos termos da) (?:nova )?lei"
        r"|pode(?:m)?"
        r" ser (?:acusad|denunciad|processad|punid|condenad)\w*|(?:todo|cada) (?:pai|adulto"
        r"|professor) que|(?:toda|cada) mae que",
        # a general rule, not a story
        *PT_RULE,
    ),
}
