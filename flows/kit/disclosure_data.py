"""Patterns for flows.kit.disclosure, per language: what makes typed text read as a disclosure of
the abuse of a particular child rather than an evidence note.

A Python module rather than YAML so that it ships with the package (package data covers only
framework/data). Each pattern is a regular expression written as people type it: accents and
case do not matter (patterns and text are both folded as in flows.kit.typed.fold), and the loader
puts word boundaries round every pattern except in languages written without spaces. A pattern
that ends in \\w* is a stem (Turkish and Swahili words carry their endings and prefixes); the loader
widens \\w to take in Devanagari vowel signs.

The groups (flows.kit.disclosure combines them):
  victim    first person: "he touched me", "I was abused", "my dad hits me", "he'll post my
            photos if I don't pay"; enough on its own
  deed      an act done to a particular person: "touches her", "l'a violée"; enough on its own
  person    a particular child or someone close: "my daughter", "a girl in my class", "her
            stepfather", "a 13 year old", "the kids next door"
  actor     someone in the story named without a possessive: "a man", "the coach"; notes name
            them too ("a man convicted of sharing images"), so only with an act or grooming
  act       what was done, told as a story, not the offence's legal name: sexual abuse ("was
            abused", "violaron", "изнасиловал"; not "abuse", "violación", "изнасилование"),
            and told without naming it ("comes into her room at night", "a hand under her
            clothes"); physical harm ("beats his daughter", "has bruises", "burned with a
            cigarette", "scared to go home"); neglect ("left alone for days", "comes to school
            hungry", "locked out at night", "cries for hours and nobody comes")
  contact   grooming: asking a child for pictures, to meet, to keep a secret, to turn on a
            camera; gifts and game money; "says he loves her"
  images    pictures of a child: "naked photos", "sharing pictures of"
  harm      the offence's name, which counts only next to a plea ("how do I report abuse")
  plea      a cry for help or the wish to report: "please help", "I want to report"
  citation  what makes text a note whatever story it tells: a law or an article, a judgment
            ("sentenced to"), a statistic ("40%"), a general rule ("can be prosecuted under the
            new law"); such text is a note unless it says "victim"
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = (
    "en", "fr", "es", "pt", "pt_BR", "ar", "ru", "zh_Hans", "de", "tr", "sw", "hi",
)
GROUPS: tuple[str, ...] = (
    "victim", "deed", "person", "actor", "act", "contact", "images", "harm", "plea", "citation",
)
# Written without spaces between words: patterns match anywhere, with no word boundaries.
UNSPACED: frozenset[str] = frozenset({"zh_Hans"})
# Letters that attach to the front of an Arabic word: "and", "so", "with", "for", "like".
PREFIXES: dict[str, str] = {"ar": "[وف]?[بلك]?"}


def _held_over(pictures: str, threat: str) -> tuple[str, str]:
    """Sextortion: the writer's own pictures (``pictures``: "my photos") and, in the same few
    lines, a threat or a demand (``threat``: "if I don't pay", "or he'll post them", "wants 200
    euros"), in either order. Neither is enough alone: "my photos of the visit, if I find them"."""
    return f"(?:{pictures}).{{0,80}}(?:{threat})", f"(?:{threat}).{{0,80}}(?:{pictures})"


# Shared English fragments.
_EN_KIN = (
    r"(?:daughters?|sons?|child|children|kids?|baby|niece|nephew|grand(?:daughter|son|child|kid)s?"
    r"|sisters?|brothers?|cousins?|step-?(?:daughter|son|kid)s?|girls?|boys?|little one"
    r"|students?|pupils?|(?:best )?friends?|god(?:son|daughter|child)|foster (?:child|son|daughter)"
    r"|step-?(?:dad|father|mum|mom|mother|brother)|stepdad|uncle|aunt|grand(?:pa|dad|father|ma)"
    r"|father|dad|mum|mom|mother|babysitter|coach|teacher|tutor|neighbou?rs?|pastor|priest"
    r"|(?:mum|mom|mother|sister)'?s (?:boyfriend|partner|husband))"
)
_EN_PICS = r"(?:photos?|pictures?|pics?|images?|videos?|selfies?|clips?|nudes)"
_EN_HARMS = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
    r"|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|whip(?:s|ped|ping)?|burn(?:s|ed|ing|t)?"
    r"|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|starv(?:es|ed|ing)|lock(?:s|ed|ing)?"
    r"|hurt(?:s|ing)?|tortur(?:es|ed|ing)|mistreat(?:s|ed|ing)?|maltreat(?:s|ed|ing)?"
    r"|neglect(?:s|ed|ing)?|tie(?:s|d)? up|shak(?:es|ing)|shook|throw(?:s|ing)?|threw"
    r"|pinch(?:es|ed|ing)?|bit(?:es|ing)?|drown(?:s|ed|ing)?|scald(?:s|ed|ing)?)"
)

# Shared Portuguese fragments (Portugal and Brazil).
_PT_KIN = (
    r"(?:filhas?|filhos?|crian[cç]as?|menina|menino|miud[oa]s?|bebe|sobrinh[oa]s?|net[oa]s?"
    r"|irm[aã](?:zinha)?|irm[aã]o(?:zinho)?|prim[oa]|entead[oa]|alun[oa]s?|afilhad[oa]"
    r"|amig[oa]|pequen[oa]|padrasto|madrasta|tio|tia|av[oô]|cunhado|treinador|professora?"
    r"|explicador|vizinh[oa]|padrinho|pai|m[aã]e)"
)
_PT_ACT_FORMS = (
    r"(?:abusad[oa]s?|violad[oa]s?|estuprad[oa]s?|violentad[oa]s?|agredid[oa]s?|molestad[oa]s?"
    r"|assediad[oa]s?|apalpad[oa]s?|tocad[oa]s?|aliciad[oa]s?)"
)
_PT_PICS = r"(?:fotos?|fotografias?|v[ií]deos?|imagens?|nudes|selfies?)"
# Physical harm, neglect, grooming, sextortion and what a child calls it, in both.
_PT_VICTIM = (
    # not "me bate uma saudade" (a longing comes over me)
    r"(?:me|nos) (?:bate|batia|bateu|batem|batiam|espanca\w*|maltrata|maltratava|maltratou"
    r"|maltratam|queimou|queimava|tranca|trancava|trancou|belisca\w*|enforca\w*)"
    r"(?! (?:uma|um|a|o) )",
    r"(?:bate|batia|bateu|batem|espanca|espancava|espancou|maltrata|maltratava|tranca"
    r"|trancava)-(?:me|nos)",
    r"(?:bate|batia|bateu|batem|batiam) em mim",
    r"fui (?:[\w-]+ )?(?:espancad[oa]|maltratad[oa])",
    r"(?:apanho|apanhava|apanhei) (?:[\w-]+ ){0,2}(?:em casa|do meu|da minha|de cinto"
    r"|todo dia|todos os dias|muito)",
    # sextortion: the writer's pictures held over them
    r"(?:ameac|chantage)\w* (?:[\w-]+,? ){0,4}(?:postar|publicar|divulgar|espalhar|vazar"
    r"|mostrar|mandar|partilhar|compartilhar|expor|enviar)\w* (?:[\w-]+ )?(?:as |os )?"
    r"(?:minhas|meus|minha|meu) (?:[\w-]+ )?" + _PT_PICS,
    r"se (?:eu )?nao (?:lhe )(?:mandar|enviar|mando|envio) (?:[\w-]+ ){0,2}(?:fotos?"
    r"|fotografias?|v[ií]deos?|nudes|mais)|se (?:eu )?nao (?:mandar|enviar) (?:mais|nudes)",
    r"(?:me ameac\w*|ameac\w*-me|me chantage\w*|chantage\w*-me) (?:[\w-]+ ){0,2}(?:postar"
    r"|publicar|divulgar|espalhar|vazar|mostrar|contar|expor)",
    *_held_over(
        r"(?:minhas|meus) (?:[\w-]+ )?(?:fotos|fotografias|v[ií]deos|nudes|imagens)",
        r"se (?:eu )?nao (?:lhe )?(?:pagar|mandar|enviar|der|fizer)"
        r"|senao (?:[\w-]+ ){0,2}(?:publica"
        r"|posta|divulga|espalha|vaza|manda|mostra)\w*|(?:quer|pede|exige) (?:[\w-]+ ){0,2}"
        r"(?:dinheiro|pix|\d+ ?(?:reais|euros|r\$))"),
    r"(?:senao|se (?:eu )?nao)\b.{0,40}\b(?:(?:ao|pro|para o) meu pai|(?:a|pra|para a) minha mae"
    r"|(?:aos|pros) meus pais|toda a gente|todo mundo|todos|a escola toda)",
    r"(?:conta falsa|perfil fake|perfil falso|conta fake) (?:[\w-]+ ){0,3}(?:minha cara"
    r"|minhas fotos"
    r"|minha foto|meu nome)",
    r"(?:obriga|obrigava|obrigou|forca|forcava"
    r"|forcou)(?:-me)? a (?:fazer )?(?:coisas (?:sexuais|de sexo|intimas)|sexo"
    r"|ter relacoes)|me (?:obriga|obrigava|obrigou|forca|forcava"
    r"|forcou) a (?:fazer )?(?:coisas (?:sexuais|de sexo|intimas)|sexo|ter relacoes)",
)
_PT_PERSON = (
    r"(?:a|o|as|os) (?:[\w-]+ )?(?:filh[oa]s?|menin[oa]s?|crian[cç]as?|miud[oa]s?|bebe"
    r"|enteada?) (?:dele|dela|do vizinho|da vizinha|dos vizinhos|do lado|de cima|de baixo)",
    r"(?:sua|seu) (?:[\w-]+ )?(?:filh[oa]|menin[oa]|enteada?|filhinh[oa]|bebe)",
    r"(?:um|uma) (?:colega|amig[oa]) (?:da|de) (?:sala|turma|classe|escola)",
    r"tenho (?:so |apenas )?\d{1,2}(?= e |,|$)",
    r"(?:a|o|uma|um|os|as) (?:menin[oa]s?|miud[oa]s?|crian[cç]as?|garot[oa]s?|rapariga|rapaz"
    r"|bebe|filh[oa]s?) (?:da casa )?(?:do lado|ao lado|da frente|de cima|de baixo|da vizinha"
    r"|do vizinho|dos vizinhos|do predio)",
    r"(?:os|meus|nossos) vizinhos",
    r"(?:menina|menino|miud[oa]|rapariga|rapaz|garot[oa]|crian[cç]a) de \d{1,2} anos",
    r"(?:minha|meu|minhas|meus) (?:[\w-]+ )?(?:prim|sobrinh|net|filh|irm)(?:inh|zinh)[oa]s?",
    r"(?:minha|meu|sua|seu) mei[oa][- ]irm[aã]o?s?|(?:minha|meu) namorad[oa]",
    r"(?:uma|um|a|o) (?:menin|garot|crianc|miud|rapariga|rapaz|bebe)\w* (?:[\w-]+ )?(?:da"
    r"|do|de|na|no) (?:minha|meu|nossa|nosso|mesma|mesmo) (?:rua|bairro|predio|escola"
    r"|turma|sala|condominio|quarteirao|bloco|aldeia|vila)",
    r"(?:menin|garot|crianc|miud|rapariga|rapaz|bebe)\w* (?:d[oa] )?(?:primeiro|segundo"
    r"|terceiro|quarto|quinto|ultimo|\d+o?) andar",
    r"(?:menin|garot|rapariga|rapaz|alun|crianc|miud)\w* (?:d[oa] )?(?:\d+o?|primeiro"
    r"|segundo|terceiro|quarto|quinto|sexto|setimo|oitavo|nono) ano",
    r"(?:pequen|menininh|garotinh|miudinh|crianc|bebe)\w* de \d{1,2} anos",
)
_PT_ACT = (
    # physical harm and neglect of a particular child
    r"(?:bate|batia|bateu|batem|batiam|espanca|espancava|espancou|espancam|maltrata|maltratava"
    r"|maltratou|maltratam|agride|agredia|tranca|trancava|trancou|queima|queimava|queimou)"
    r"(?:-lhe|-lhes|-a|-o|-as|-os| nela| nele| neles| nelas)",
    r"(?:bate|batia|bateu|batem|batiam|espanca\w*|maltrata|maltratava|maltratou|agride|agredia)"
    r" (?:n?[ao]s? )?(?:filh|menin|crianc|miud|enteada|sobrinh|bebe|sua|seu|minha|meu)\w*",
    r"(?:a|o|as|os) (?:espanca\w*|maltrata|maltratava|maltratou|tranca|trancava|trancou)",
    r"(?:e|foi|esta|estava|ta|era|sendo|a ser|anda a ser) (?:[\w-]+ )?(?:espancad[oa]s?"
    r"|maltratad[oa]s?|queimad[oa]s?|trancad[oa]s?|negligenciad[oa]s?|agredid[oa]s?)",
    # "apanhar" is to be beaten (and, in Portugal, to catch a bus): only with where or by whom
    r"(?:apanha|apanhava|apanhou|apanhando|apanhar) (?:[\w-]+ ){0,2}(?:em casa|do pai|da mae"
    r"|do padrasto|da madrasta|dele|dela|de cinto|de chinelo|todo dia|todos os dias|muito)",
    r"(?:sofre|sofria|sofreu) (?:[\w-]+ )?(?:maus[- ]tratos|agressoes|violencia em casa"
    r"|espancamentos)",
    r"(?:hematomas|nodoas negras|manchas roxas|olho roxo|marcas de (?:pancada|agressao"
    r"|agressoes|cinto|queimadura|cigarro)|queimaduras de cigarro|cheia de roxos"
    r"|cheio de roxos|roxos (?:pelo|no) corpo)",
    r"medo de (?:voltar|ir) (?:pra|para) casa",
    r"medo d[oa] (?:pai|mae|padrasto|madrasta|tio|avo)",
    r"deixa\w* (?:[\w-]+ ){0,2}(?:sozinh[oa]s?|trancad[oa]s?|sem comer)",
    r"(?:nao|nunca) (?:lhe |lhes )?(?:da|dao|dava|davam) (?:de )?comer",
    r"(?:passa|passava) fome|sem comer",
    # what a child calls it
    r"partes intimas|(?:o|seu) (?:pipi|pinto|piu-piu|pintinho)",
    r"coisas (?:feias|estranhas|que (?:eu )?nao gosto|que ela nao gosta|que ele nao gosta)",
    r"(?:lhe|me) (?:bate|batia|bateu|queima|queimava|queimou|espanca\w*)",
    r"(?:queimou|queimava|queima) (?:a|o) (?:mao|braco|perna|pe|rosto|barriga|costas|pele)",
    r"deixa\w* (?:[\w-]+ ){0,4}(?:sozinh[oa]s|trancad[oa]s|sem comer|sem comida)",
    r"com (?:um|o|a|uma) (?:cigarro|cinto|cinta|chinelo|fio|ferro de passar|colher de pau|vara"
    r"|cabo|mangueira)",
    r"m[aã]o (?:[\w-]+ ){0,2}(?:por baixo d[ao]|debaixo d[ao]|dentro d[ao]|por dentro d[ao])"
    r" (?:[\w-]+ )?(?:roupa|saia|camisola|calcinha|cueca|short|calcao|blusa|pijama|calcas"
    r"|camiseta)",
    r"no (?:seu |meu )?colo",
    r"(?:bate|batia|bateu|espanca\w*|maltrata|maltratava) (?:n?[ao]s? )?(?:nosso|nossa)\w*",
    r"pelo pescoco|o pescoco (?:dela|dele)|sufoca\w*|estrangul\w*|enforca\w*",
    r"nao (?:o|a|os|as) (?:deixa|deixam|deixava) entrar|nao deixa (?:ele|ela) entrar|(?:o|a)"
    r" (?:poe|poem|pos|punha|bota|botou) (?:na rua|fora de casa)|na rua (?:a noite|ate tarde"
    r"|de noite)",
    r"chora (?:[\w-]+ ){0,2}(?:horas|a noite toda|o dia todo|noite inteira)|ninguem (?:o |a |lhe )?"
    r"(?:atende|cuida|vem)",
    r"(?:no|na|sobre o|sobre a) (?:fogao|fogo|chama|forno|agua a ferver|agua fervendo)",
    r"(?:tirar|tira|tiram) a roupa|pelad[oa]s|(?:os|as|o|a) fotografa\w*|tira fotos? (?:deles|delas"
    r"|dele|dela)",
    r"(?:por baixo d[ao]|debaixo d[ao]|dentro d[ao]|por dentro d[ao]) (?:minha |sua )?(?:roupa|saia"
    r"|camisola|calcinha|cueca|short|calcao|blusa|pijama|calcas|camiseta|camisa)",
    r"com fome|sem (?:comer|tomar o pequeno-almoco|cafe da manha)|gasta\w* tudo (?:em"
    r"|com) (?:alcool"
    r"|bebida|droga\w*)|(?:sempre|todo dia) (?:bebad\w*|drogad\w*)",
    r"(?:ouvi|oico|ouco|escuto|escutei) (?:[\w-]+ ){0,6}(?:pancada\w*|gritos|chorar|chorando|choro"
    r"|bater|tapas)",
    r"grita\w* com (?:os|as|o|a) (?:filh|menin|crianc|miud)\w*",
    r"beij\w* na boca|(?:da|dava|oferece|compra|lhe da|me da) (?:[\w-]+ )?(?:balas?|doces"
    r"|rebucados|chocolates?|presentes|dinheiro) (?:[\w-]+ ){0,2}(?:se|quando|para|pra)\b",
    r"(?:cortes|queimaduras|feridas|cicatrizes) (?:[\w-]+ ){0,3}(?:no|na|nos|nas) (?:bracos?"
    r"|pernas?"
    r"|maos?|costas|cara|rosto|corpo|pescoco)",
    r"quando (?:eu )?(?:estou|esta|to|ta|estava) (?:a tomar banho|tomando banho|no banho"
    r"|a mudar de roupa|trocando de roupa|a dormir|dormindo)",
    r"dorme (?:[\w-]+ )?(?:na cama (?:dela|dele)|com (?:ela|ele) na cama)|(?:deita|deitava"
    r"|se deita)"
    r" na cama (?:dela|dele)",
    r"(?:mostra|mostrou|mostrava) (?:[\w-]+ ){0,6}(?:coisas? de sexo|fazendo sexo|a fazer sexo"
    r"|porno\w*|gente nua|gente pelada)|coisas? de sexo",
    r"(?:arrasta|arrastava|puxa|puxava) (?:[\w-]+ ){0,2}pel[oa]s? (?:cabelos?|orelha)|(?:o|a|os|as"
    r"|ele|ela) (?:atira|atirava|joga|jogava|empurra|empurrava) (?:[\w-]+ ){0,2}(?:contra|na parede"
    r"|no chao)|contra a parede",
    # told vaguely: "faz coisas a menina", "tem medo dele"; an offence told as a verb: "abusa
    # sexualmente da minha sobrinha"
    r"(?:faz|fazia|fez|fazem|fazer|fazendo)(?:-lhe)? (?:umas |certas |algumas "
    r"|muitas )?(?:coisas|mal|maldades|porcarias|safadezas|sacanagem|coisa errada"
    r"|coisa feia|coisas feias|coisas erradas) (?:a|as|ao|aos|com a|com o|com as|com os"
    r"|com|pra|para a|para o|para|na|no) (?:[\w-]+ )?(?:sua |seu |minha |meu )?(?:menin"
    r"|miud|crianc|filh|enteada|enteado|sobrinh|net[oa]|prim[oa]|irm|alun|bebe|garot"
    r"|rapariga|rapaz|pequen|afilhad)\w*",
    r"(?:tem|tinha|ficou com|fica com|morre de|morria de) (?:[\w-]+ )?(?:medo|pavor"
    r"|panico|terror) (?:dele|desse homem|desse cara|desse senhor|desse velho|do homem"
    r"|do velho)",
    r"(?:treme|tremia|chora|chorava|se esconde|esconde-se|entra em panico"
    r"|fica em panico)\w* (?:[\w-]+ ){0,2}(?:quando|sempre que|cada vez que"
    r"|assim que) (?:(?:o|a) (?:ve|via|ouve)|ve ele|ve o|ele (?:chega|aparece|vem|entra))",
    r"(?:abusa|abusou|abusava|abusam|abusar|abusando|viola|violou|violava|estupra"
    r"|estuprou|estuprava|molesta|molestou|agride|agrediu|apalpa|apalpou|mexe|mexia|mexeu"
    r"|mexendo|toca|tocava|tocou)(?: sexualmente)? (?:de |da |do |das |dos |na |no |nas "
    r"|nos |em |a |o |as |os )?(?:minha|meu|sua|seu|nossa|nosso|minhas"
    r"|meus) (?:[\w-]+ )?(?:menin|miud|crianc|filh|enteada|enteado|sobrinh|net[oa]"
    r"|prim[oa]|irm|alun|bebe|garot|rapariga|rapaz|pequen|afilhad)\w*",
    r"(?:abus|agred|viol|estupr|molest|apalp|explor)\w* sexualmente",
    # pictures of naked children kept by someone; a child undressed; a child who will not go near
    # him
    r"(?:fotos?|fotografias?|v[ií]deos?|imagens?|nudes|selfies?) (?:[\w-]+ ){0,2}(?:de "
    r"|da |do |das |dos )?(?:crianc|menin|miud|garot|bebe|menor)\w* (?:[\w-]+ )?(?:nu|nua"
    r"|nus|nuas|pelad\w*|despid\w*|sem roupa)",
    r"(?:a ser|sendo|e|foi|foram) (?:despid|desnudad)[oa]s?|(?:tiram|tiraram|tira"
    r"|tirou)(?:-lhe)? a roupa",
    r"(?:nem|nao) (?:quer|consegue|se atreve a|tem coragem de) (?:passar|chegar perto|ir"
    r"|ficar sozinh[oa])|nem passa (?:na|a|pela) porta",
)
_PT_CONTACT = (
    r"(?:oferece|oferecia|da|dava|dando|manda|mandava|compra|comprava)(?:-lhe)? (?:[\w-]+ ){0,3}"
    r"(?:dinheiro|presentes|robux|diamantes|v-?bucks|creditos|skins|recargas)",
    r"(?:ligar|abrir) a c[aâ]mera|chamada de v[ií]deo|videochamada|(?:para|pra) se encontrarem",
    r"diz que (?:me|a|o|te) ama|(?:quer|queria) que eu (?:va|venha|passe) (?:[\w-]+ ){0,2}casa dele"
    r"|sem (?:dizer|contar) (?:nada )?(?:a|pra|para) (?:minha|meu|ninguem)",
    r"(?:o |e )?(?:nosso|seu) segredo|segredo (?:deles|delas|dos dois|entre (?:eles"
    r"|os dois|nos))",
    r"nao (?:nos|me) (?:contar|dizer|falar)|nao (?:contar|dizer|falar) (?:nada )?(?:a|aos"
    r"|as|pra|para|pros|pras) (?:gente|a gente|nos|os pais|pais|mae|pai|ninguem|mim)",
    r"(?:leva|levava|chama|chamava|atrai|atraia|convida|convidava)\w* (?:os "
    r"|as )?(?:miudos|miudas|criancas|meninos|meninas|garotos|garotas"
    r"|putos) (?:[\w-]+ )?(?:para|pra|pro|a|ao) (?:(?:a |o )?casa dele"
    r"|(?:o )?apartamento dele|(?:o )?quarto dele|(?:o )?carro dele|casa)",
)

PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "victim": (
            r"(?:abus|rap|molest|assault|grop|fondl|touch|harass|violat|undress)(?:e|es|ed|ing|s)?"
            r" me",
            # passive only: "I touched upon grooming in the report" is a note
            r"(?:i|i'm|im|i've|ive) (?:was|am|got|get|have been|had been|been|being|keep getting"
            r"|was being|am being) (?:[\w-]+ ){0,2}(?:abused|raped|molested|assaulted|touched"
            r"|groped|fondled|harassed|exploited|groomed|violated)",
            r"(?:happened|happening|was done|done) to me",
            r"(?:did|does|doing|do|done) (?:things|stuff|something|bad things|sexual things)"
            r" (?:to|with) me",
            r"(?:did|does|doing|done) (?:this|that|it) to me",
            # not "the training made me keep better records"
            r"(?:made|makes|making|forced|forces|forcing|force) me (?:to )?(?:touch (?:him|his|her)"
            r"|undress|strip|get naked|watch (?:porn|him|them|videos)|take (?:off )?my clothes"
            r"|perform|suck|kiss (?:him|her)|sleep (?:with|in)|lie (?:down|with|on)|have sex"
            r"|do (?:things|stuff|it|sexual|what he)|send (?:nudes|pics))",
            r"(?:forced|forces|forcing) (?:himself|herself) on me",
            # pictures of the writer, not "the ministry asked me for photos of the training"
            r"(?:ask|beg|want|pressur|tell|told|forc|make|made|push|blackmail|keeps asking)\w* me"
            r" (?:for|into|to) (?:send(?:ing)? )?(?:him |them )?(?:nudes|naked|nude|sexy|dirty|pics"
            r"|(?:photos|pictures|videos) of (?:me|myself|my body)|undress|strip|get naked"
            r"|touch (?:him|his))",
            r"(?:no one|nobody|noone) (?:would|will|'ll|is going to) believe me",
            r"i (?:suffered|experienced|went through|survived) (?:[\w-]+ )?(?:abuse|rape"
            r"|molestation|assault)",
            r"(?:i'm|im|i am|i was) (?:a )?(?:victim|survivor) of (?:[\w-]+ ){0,2}(?:abuse|rape"
            r"|assault|grooming|incest|molestation)",
            # physical harm told by the child, with a subject: not "it hits me", "beats me why"
            r"(?:he|she|they|dad|daddy|father|mum|mom|mummy|mommy|mother|step-?(?:dad|father|mum"
            r"|mom|mother)|uncle|aunt|brother|parents?|grand(?:pa|ma|dad|father|mother)) (?:[\w-]+"
            r" ){0,2}(?:hits?|hitting|beats?|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
            r"|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|whip(?:s|ped|ping)?|chok(?:es|ed|ing)"
            r"|burn(?:s|ed|t|ing)?|starv(?:es|ed|ing)|lock(?:s|ed|ing)?|hurt(?:s|ing)?|tie(?:s|d)"
            r"|throw(?:s|ing)?|threw|pinch(?:es|ed|ing)?) me(?! to it| at | in (?:a|the) | out)",
            r"(?:i|i'm|im|i've|ive) (?:was|am|get|got|keep getting|have been|been|being|was being"
            r"|am being) (?:[\w-]+ )?(?:beaten|slapped|punched|kicked|whipped|burned|burnt|starved"
            r"|locked (?:in|up)|tied up|hit at home|hit by my)",
            # sextortion: pictures of the writer held over them
            r"(?:threat\w*|blackmail\w*|extort\w*) (?:[\w'-]+,? ){0,6}(?:my|me) (?:[\w-]+ )?"
            + _EN_PICS,
            r"(?:blackmail|sextort|extort)\w* me",
            # not "if I don't send the photos by Friday": to him, or more
            r"(?:if i (?:don't|dont|do not|won't|wont|refuse to|stop)|unless i) (?:send|sending)"
            r" (?:(?:him|her|them) (?:more|another|other|new|nudes|pics|photos|pictures|videos)"
            r"|more|nudes)",
            r"(?:does|did|doing|makes me do|made me do) (?:[\w-]+ ){0,2}(?:things"
            r"|stuff) (?:that )?i"
            r" (?:don't|dont|didn't|didnt|do not|did not) (?:like|want)",
            *_held_over(
                r"my (?:[\w-]+ )?(?:pics|photos|pictures|videos|nudes|images)",
                r"(?:if|unless) i (?:don't|dont|do not|won't|wont|refuse to) (?:pay|send|give)"
                r"|unless i (?:pay|send|give)|or (?:else|he|she|they)(?:'ll| will| is going to"
                r"| gonna)? (?:[\w-]+ )?(?:post|send|share|leak|show|put|upload|expose|spread)"
                r"|(?:wants|demands?|asking for|asks for) (?:[\w-]+ ){0,2}(?:money|cash"
                r"|\d+ ?(?:pounds"
                r"|dollars|euros|quid|bucks)|bitcoin|gift ?cards?)"),
            r"(?:he|she|they|he'll|she'll|they'll|will|gonna|going to|threat\w*) (?:[\w'-]+ ){0,2}"
            r"(?:send|post|share|leak|show|spread|upload"
            r"|expose)\w* (?:[\w'-]+ ){0,3}my (?:[\w-]+ )?"
            r"(?:pics|photos|pictures|videos|nudes|images) (?:[\w-]+ ){0,2}(?:to|with|on|in)"
            r" (?:everyone|everybody|all|my|the (?:whole|school|class|group))",
            r"(?:has|got|have|posted|shared|leaked|saved) (?:all )?my (?:[\w-]+ )?nudes",
            r"my (?:[\w-]+ )?nudes|my (?:naked|nude|intimate|private) (?:pics|photos|pictures"
            r"|videos"
            r"|images)",
            # a threat to tell or show the writer's family or everyone
            r"\b(?:or|otherwise|else|unless)\b.{0,40}\b(?:tells?|tell|show|shows|send|sends|post"
            r"|posts) (?:[\w-]+ ){0,2}(?:my (?:dad|mum|mom|parents|father|mother|family|friends"
            r"|school)|everyone|everybody)",
            r"(?:fake|false) (?:account|profile) (?:[\w-]+ ){0,3}my (?:face|photos|pics|pictures"
            r"|name)",
        ),
        "deed": (
            r"(?:abus|rap|molest|grop|fondl|touch|assault|harass|undress)(?:e|es|ed|ing|s)?"
            r" (?:her|him)(?! or)",
            r"(?:did|does|doing|do|done) (?:things|stuff|something|bad things|sexual things)"
            r" (?:to|with) (?:her|him)(?! or)",
            r"(?:makes|made|making|forces|forced|forcing) (?:her|him) (?:to )?(?:touch|watch"
            r"|undress|take off|have sex|perform|suck|lie)",
            r"(?:comes|came|goes|went|gets|got|sneaks|sneaked|creeps) into (?:her|his) (?:room"
            r"|bed)",
            r"(?:had|has|having|have) sex with (?:her|him|my)",
            r"groom(?:s|ed|ing) (?:her|him)(?! or)",
            r"(?:is|was|has been|keeps|kept) (?:sexually )?(?:abusing|molesting|raping|touching"
            r"|groping|fondling) (?:her|him|kids|children|girls|boys|a|the|my|his|little)",
        ),
        "person": (
            r"my (?:[\w-]+ ){0,2}" + _EN_KIN,
            # not "our children", "our teachers": that is how policy is written
            r"our (?:[\w-]+ )?(?:daughter|son|child|kid|baby|niece|nephew|granddaughter|grandson"
            r"|stepdaughter|stepson|foster child|little girl|little boy)",
            r"(?:a|one|the|this|that|another) (?:[\w-]+ )?(?:girl|boy|child|kid|student|pupil"
            r"|teen|teenager)s? (?:in|at|from|of|on|down) (?:my|our)",
            r"(?:one|some|two|three|several|many|all) of (?:my|our) (?:[\w-]+ )?(?:students|pupils"
            r"|kids|children|girls|boys|players|campers)",
            r"(?<!his or )(?<!her or )(?:her|his) (?:step-?(?:dad|father|mum|mom|mother|brother)"
            r"|stepdad|dad|father|mum|mom|mother|uncle|aunt|cousin|brother|grand(?:pa|dad|father)"
            r"|coach|teacher|tutor|babysitter|neighbou?r|(?:mum|mom|mother)'?s boyfriend)",
            r"(?:girls?|boys?|kids?|child|children|family|baby) next door",
            r"\d{1,2}[- ]?(?:year|yr)[- ]?old",
            r"\d{1,2} ?y/?o",
            r"when (?:i|she|he) was (?:a |an |only |just )?(?:\d{1,2}|little|young|small|kid|child"
            r"|teen|teenager|girl|boy)",
            r"(?:this|a|the) (?:little|young) (?:girl|boy)",
            r"(?:i'm|im|i am) (?:only |just )?\d{1,2}(?: years?| yrs?)?(?: old)?(?= and|,|\.| yo"
            r"|$)",
            r"(?<!his or )(?<!her or )(?:her|his) (?:[\w-]+ )?(?:daughters?|sons?|kids?|children"
            r"|baby|babies|step-?(?:daughter|son)s?|little one|girl|boy)",
            r"neighbou?r(?:s|'s|s')? (?:[\w-]+ )?(?:daughters?|sons?|kids?|children|baby|girl|boy"
            r"|little one)",
            r"(?:the|a|that) (?:[\w-]+ )?(?:girls?|boys?|kids?|child|children|baby)"
            r" (?:upstairs|downstairs|across the (?:street|road|hall)|down the (?:street|road))",
            r"(?:my|a|one) (?:classmate|schoolmate)",
            r"(?:girls?|boys?|kids?|child|baby) (?:from|on|in|at) (?:the|our|my"
            r"|this) (?:[\w-]+ )?(?:floor|flat|apartment|estate|block|building|street|road|close)",
            r"(?:a|the|one) (?:[\w-]+ ){0,3}(?:girl|boy|kid|child|pupil|student) (?:from|in|at"
            r"|of) (?:my|our|his|her)",
        ),
        "actor": (
            r"(?:a|the|this|that|some|our) (?:[\w-]+ )?(?:teacher|coach|neighbou?r|priest|pastor"
            r"|imam|man|guy|stranger|tutor|babysitter|nanny|caretaker|stepfather|uncle|boyfriend"
            r"|driver)",
            r"(?:he|she|they) (?:keeps|kept|has been|is|was|always)",
            r"(?:someone|somebody|a guy|a man|an adult|a stranger|this guy|some guy) (?:on|in|from)"
            r" (?:[\w-]+ )?(?:instagram|snapchat|tiktok|discord|roblox|fortnite|whatsapp|facebook"
            r"|minecraft|game|online|internet|app)",
            r"(?:my|her|his) (?:husband|partner|boyfriend|ex|wife|girlfriend|brother-in-law"
            r"|father-in-law|son-in-law|flatmate|lodger|housemate|fiance|fiancee)|bloke|old man",
            r"(?:a|the|this|that|our) (?:janitor|doorman|concierge|porter|security guard)",
        ),
        "act": (
            r"(?:abus|rap|molest|assault|grop|fondl|harass|exploit|touch)(?:e|es|ed|ing|s)?"
            r" (?:her|him|them|my|our|a|the|kids|children|girls|boys|young)",
            r"(?:was|were|is|are|been|being|be|got|get|gets|getting) (?:[\w-]+ ){0,2}(?:abused"
            r"|raped|molested|assaulted|touched|groped|fondled|harassed|exploited|interfered with"
            r"|violated|hurt)",
            r"(?:raped|molested|molesting|raping|groped|groping|fondled|fondling|inappropriately"
            r"|sexually assaulted)",
            r"(?:touches|touched) (?:her|him|them|me|my|kids|children|girls|boys)",
            r"(?:showed|shows|showing|show) (?:her|him|them|me) (?:porn|his|pictures|videos)",
            r"show\w* (?:[\w'-]+ ){0,4}(?:porn\w*|sexual videos|his private)",
            r"expos(?:ed|es|ing) himself",
            r"film(?:s|ed|ing)? (?:her|him|them) (?:in|when|while|naked|undress)",
            r"doing things to",
            r"groom(?:s|ed|ing) (?:her|him|them|my|kids|children|girls|boys)",
            r"(?:takes|took|taking|take|pulls|pulled) (?:off )?(?:his|her|my|their) (?:clothes"
            r"|pants"
            r"|trousers|underwear|knickers)",
            r"(?:comes|came|coming|gets|got|sneaks|sneaked|climbs|climbed|goes|went|walks|walked)"
            r" (?:in ?to|in) (?:my|her|his) (?:room|bed|bathroom|shower|tent)",
            r"sleeps? in (?:my|her|his) bed",
            r"private parts",
            r"(?:touch|touches|touched) down there",
            r"(?:filming|recording|photographing|filmed|recorded|photographed|films|records)"
            r" (?:her|him|them|my [\w-]+|kids|children|girls|boys)",
            # physical harm and neglect of a particular child, told as a story
            _EN_HARMS + r" (?:her|him|them|his (?:[\w-]+ )?(?:daughter|son|kids|children|girl|boy"
            r"|baby|stepdaughter|stepson|little one|wife)|their (?:[\w-]+ )?(?:daughter|son|kids"
            r"|children|baby|little one)|our (?:[\w-]+ )?(?:daughter|son|kids|children|baby"
            r"|little one)|the (?:kids|children|baby|little one|girl|boy)|that (?:girl|boy|kid"
            r"|child|baby))(?! or | hard)",
            # not "it hits me that", "it hurts me to see", "beat me to it"
            _EN_HARMS + r" (?:me|my)(?! or | hard| to it| at | out| up to| to (?:see|say|think|hear"
            r"|know)| that| how| what| when| why| like)",
            r"(?:is|was|are|were|been|being|gets|got|get|getting|keeps getting) (?:[\w-]+ ){0,2}"
            r"(?:beaten|slapped|punched|kicked|whipped|burned|burnt|starved|battered|choked"
            r"|locked (?:up|in)|tied up|chained|maltreated|mistreated|beaten up)(?! out| off)",
            r"(?:gets|got|getting|being) hit", r"(?:is|was|being) (?:badly |really )?neglected",
            r"(?:hit|beaten|abused|hurt|maltreated|mistreated) (?:at home|by (?:her|his|their|my)"
            r" (?:[\w-]+ )?(?:dad|father|mum|mom|mother|parents|step-?(?:dad|father|mum|mom|mother)"
            r"|uncle|brother))",
            r"(?:has|had|have|having|with|covered in|full of|all|got|gets|showing|shows|saw|seen)"
            r" (?:[\w-]+ ){0,2}(?:bruises|bruised|black eyes?|burn marks|cigarette burns|welts"
            r"|belt marks|marks on (?:her|his|their) (?:[\w-]+ )?(?:body|arms?|legs?|back|face"
            r"|neck))",
            r"bruises (?:on|all over) (?:her|his|their|my)",
            r"(?:scared|afraid|terrified|frightened) (?:to go|of going) home",
            r"(?:scared|afraid|terrified|frightened) of (?:her|his|their|my) (?:[\w-]+ )?(?:dad"
            r"|father|mum|mom|mother|step-?(?:dad|father|mum|mom|mother)|parents|uncle|brother)",
            r"(?:left|leave|leaves|leaving) (?:[\w-]+ ){0,3}(?:alone|home alone|on (?:her|his"
            r"|their) own|without food|in the car)",
            r"(?:never|doesn't|doesnt|does not|don't|dont|do not|won't|wont|rarely) (?:[\w-]+ )?"
            r"(?:feed|feeds|give (?:her|him|them|me) (?:any )?food|let (?:her|him|them|me) eat)",
            r"(?:always|constantly|often|every day) (?:so |very )?(?:hungry|dirty|filthy)"
            r"|starving|malnourished",
            # what a child calls it
            r"(?:his|her) (?:willy|pee ?pee|wee ?wee|privates|private (?:area|part)s?|penis)",
            # not "good touch, bad touch" (a prevention lesson)
            r"bad touch(?:ed|es|ing)? (?:me|her|him)|(?:gave|gives|giving) (?:me|her"
            r"|him) (?:a )?bad touch",
            r"(?:touches|touched|touching) (?:me|her|him) (?:there|where)",
            r"burns? (?:on|to) (?:her|his|their|my) (?:[\w-]+ )?(?:hands?|arms?|legs?|back|face"
            r"|neck"
            r"|body|feet|foot)",
            r"(?:with|using) (?:a|the|his|her|my|their) (?:belt|iron|cigarette|stick|cane|wire"
            r"|cable"
            r"|hanger|slipper|shoe|wooden spoon|hose)",
            # touching told without naming it
            r"hands? (?:[\w-]+ ){0,2}(?:under|inside|down|up|into) (?:my|her|his) (?:[\w-]+ )?"
            r"(?:clothes|shirt|skirt|dress|pants|trousers|top|pyjamas|pajamas|underwear|knickers"
            r"|shorts|nightie)",
            r"(?:sit|sat|sitting|sits) on (?:his|her) (?:lap|knee)|on (?:his|her) lap",
            # a child shut out, or left crying
            r"(?:never|doesn't|doesnt|does not|won't|wont|not|don't|dont) (?:let|lets"
            r"|letting) (?:him"
            r"|her|them) (?:back )?(?:in|inside|into the house|come in|home)",
            r"(?:locks?|locked|locking|kicks?|kicked|throws?|threw|puts?) (?:him|her"
            r"|them) out(?: of"
            r" the house)?",
            r"(?:outside|on the street|out) (?:[\w-]+ )?(?:all night|at night|in the cold|till late"
            r"|until late)",
            r"(?:cries|crying|cried|screams|screaming|screamed) (?:[\w-]+ ){0,2}(?:for hours"
            r"|all night"
            r"|all day|for days)",
            r"(?:nobody|no one|noone) (?:ever )?(?:comes|feeds|looks after|picks (?:him|her) up)",
            # burned on a stove or a fire
            r"(?:over|on|into|onto|against) the (?:stove|hob|fire|flame|cooker|oven|radiator"
            r"|boiling water|hot water)",
            # made to strip, photographed
            r"(?:makes|made|making|forces|forced|gets|got|tells|told) (?:[\w-]+ ){0,3}(?:strip"
            r"|undress"
            r"|get naked|take (?:off )?(?:their|his|her) clothes)",
            r"(?:takes|took|taking) (?:[\w-]+ )?(?:pics|photos|pictures|videos) of (?:them|her|him"
            r"|the (?:boys|girls|kids))",
            r"(?:under|inside|up|down) (?:my|her|his) (?:[\w-]+ )?(?:clothes|shirt|skirt|dress"
            r"|pants"
            r"|trousers|top|pyjamas|pajamas|underwear|knickers|shorts|nightie|t-shirt|jumper)",
            # neglect: hunger, parents drinking
            r"(?:comes?|came|goes|went|arrives?|arrived|sent) (?:[\w-]+ ){0,3}hungry"
            r"|(?:always|constantly|often|every day) (?:so |very )?(?:hungry|dirty|filthy)",
            r"(?:spends?|spent|drinks?|drank) (?:everything|all (?:the|their|his|her) money)"
            r"|(?:drunk|high|wasted|passed out) (?:all the time|every day|every night|again)",
            # heard through a wall, or yelled at
            r"(?:heard|hear|hearing) (?:[\w-]+ ){0,6}(?:hit|hitting|slap\w*|beating|blows|screaming"
            r"|screams|crying|thud\w*|smack\w*)",
            r"(?:screams|screaming|yells|yelling|shouts|shouting|swears|swearing) at (?:her|him"
            r"|them"
            r"|his|their|my|the (?:kids|children|baby))",
            # grooming with treats, a kiss on the mouth
            r"kiss(?:es|ed|ing)? (?:her|him|me|them) on the (?:mouth|lips)",
            r"(?:gives?|gave|buys?|bought) (?:her|him|me|them) (?:sweets|candy|money|presents|gifts"
            r"|treats|chocolate) (?:if|so|when|for)",
            # intrusion, a bed shared, sex shown to a child
            r"(?:comes?|came|coming|walks?|walked|barges?|barged) (?:in ?to|in) (?:the|my|her|his)"
            r" (?:bathroom|shower|bath|room|bedroom)",
            r"(?:when|while) (?:i'm|im|i am|she's|shes|she is|he's|hes|he is|i was|she was|he was)"
            r" (?:in the (?:shower|bath)|showering|bathing|changing|getting (?:dressed|changed)"
            r"|asleep|sleeping|in bed)",
            r"(?:sleeps?|slept|sleeping|gets?|got|getting|climbs?|climbed) (?:in|into) (?:bed with"
            r" (?:her|him|me)|(?:her|his|my) bed)",
            r"(?:showed|shows|showing|show|makes? (?:[\w-]+ )?watch"
            r"|made (?:[\w-]+ )?watch) (?:[\w'-]+ )"
            r"{0,8}(?:porn\w*|sex(?:ual)? (?:videos?|things|stuff|films?)|people (?:having"
            r"|doing) sex"
            r"|naked (?:people|men|women|pictures|videos))",
            # dragged, thrown
            r"(?:drags?|dragged|dragging|pulls?|pulled|pulling) (?:him|her|them"
            r"|me) (?:[\w-]+ ){0,2}"
            r"(?:by (?:the|his|her|my) (?:hair|ear|arm)|across the (?:floor|room))",
            r"(?:throws?|threw|thrown|pushes|pushed|shoves?|shoved|slams?|slammed) (?:him|her|them"
            r"|me)"
            r" (?:[\w-]+ ){0,2}(?:against|into|down|at|on)",
            # told vaguely: "does things to the girl", "she is scared of him", "makes her do things"
            r"(?:do|does|doing|did|done) (?:[\w-]+ )?(?:something|things"
            r"|stuff)(?: [\w-]+)? to (?:the|a|that|this|his|her|their|my"
            r"|our) (?:[\w-]+ ){0,2}(?:girls?|boys?|kids?|child|children|baby|daughters?|sons?"
            r"|step-?(?:daughter|son)s?|nieces?|nephews?|grand(?:daughter|son|child|kid)s?"
            r"|little ones?|toddlers?|pupils?|students?|cousins?|sisters?|brothers?)",
            r"(?:do|does|doing|did|done) (?:bad|weird|strange|wrong|nasty|dirty|creepy|horrible"
            r"|sexual|inappropriate|gross|disgusting) (?:things|stuff) (?:to|with)",
            r"(?:scared|afraid|terrified|frightened|petrified) (?:to death )?of (?:him"
            r"|that (?:man|guy|woman)|the (?:man|guy))",
            r"(?:shakes|shaking|trembles|trembling|freezes|cries|crying|flinches|panics|hides"
            r"|screams|goes (?:quiet|silent|pale)) (?:[\w-]+ ){0,2}(?:when|whenever"
            r"|every time) (?:she|he|they) (?:sees?|hears?) (?:him|his|that man)",
            r"(?:shakes|trembles|freezes|cries|panics|hides|screams) (?:[\w-]+ ){0,2}(?:when"
            r"|whenever|every time) (?:he|that man|the man) (?:comes|is around|visits|gets home"
            r"|walks in|picks (?:her|him) up)",
            r"(?:makes|made|making|forces|forced|gets|got) (?:her|him|them|my [\w-]+|his [\w-]+"
            r"|the (?:girls|boys|kids)) (?:to )?do (?:things|stuff|sexual|what he wants)",
            r"(?:things|stuff) (?:that )?(?:she|he|they) (?:doesn't|doesnt|don't|dont|didn't"
            r"|didnt|does not|did not) (?:like|want)|(?:things|stuff) (?:that )?(?:she|he) hates",
            # pictures of naked children kept by someone; a child getting undressed; a child who
            # will not go near him
            r"(?:naked|nude|undressed|topless) (?:[\w-]+ ){0,2}(?:photos?|pictures?|pics?|images?"
            r"|videos?|selfies?|clips?) of (?:[\w-]+ ){0,2}(?:kids|children|child|girls?|boys?"
            r"|minors|toddlers|babies|teens|teenagers|pupils|students)",
            r"(?:photos?|pictures?|pics?|images?|videos?|selfies?"
            r"|clips?) of (?:[\w-]+ ){0,2}(?:naked|nude|undressed|topless) (?:[\w-]+ )?(?:kids"
            r"|children|child|girls?|boys?|minors|toddlers|babies|teens|teenagers|pupils|students)",
            r"(?:getting|being|get|got|gets) (?:undressed|stripped)(?! of)",
            r"(?:won't|wont|will not|refuses to|doesn't want to|doesnt want to|scared to"
            r"|afraid to|too scared to) (?:go|walk|be|stay) (?:near|past|anywhere near|alone with"
            r"|left with) (?:him|his|that man|the man)",
        ),
        "contact": (
            r"ask(?:s|ed|ing)? (?:[\w'-]+ ){0,4}for (?:[\w-]+ )?" + _EN_PICS,
            r"(?:ask|asks|asked|asking|wants|wanted|told|tells|telling|pressur\w+|begging|begs)"
            r" (?:him|her|them|my [\w-]+|[\w-]+ [\w-]+) to (?:send|meet|keep|delete|not tell|come"
            r"|undress|video call|sneak|turn on)",
            r"wants? to meet (?:him|her|them|up|my)",
            r"(?:keeps|kept|has been|is|been|was) (?:messaging|texting|dming|contacting|chatting"
            r" (?:to|with)|sending)",
            r"(?:messages|messaged|texts|texted|dms|sends messages to|chats with) (?:him|her|my|the"
            r" (?:boys|girls|kids))",
            r"(?:sends|sent|sending|gives|gave|giving|buys|bought) (?:him|her|them) (?:[\w-]+ )?"
            r"(?:messages|gifts|money|presents|credits|robux|pictures|photos|videos|snaps|snapchats"
            r"|texts|dms|links|voice notes)",
            r"(?:keep|keeps|keeping|kept) (?:it|this|them|everything) (?:a )?secret",
            r"(?:don't|dont|not to) tell (?:anyone|his|her|their|mum|mom|dad|parents)",
            r"(?:inappropriate|sexual|dirty|explicit|creepy|weird) (?:messages|texts|dms|comments"
            r"|chats)",
            # the verb done to someone, not "a leaflet on blackmail"
            r"blackmail(?:s|ed|ing) (?:me|her|him|them|my)",
            r"threat\w* to (?:share|post|leak|send|show)",
            r"wants? (?:her|his|my|their) (?:address|number|phone number|location|snap|pictures)",
            r"(?:wants|asks|asked|asking|begging|keeps asking) (?:me|her|him) to (?:video call"
            r"|facetime|call|meet|come|send|undress)",
            r"(?:friend request|follow request|added (?:her|him)) from (?:an? )?(?:adult|older"
            r"|stranger|man|guy)",
            r"(?:our|a) (?:little )?secret",
            r"(?:giv|buy|bought|send|sent|gift|offer)\w* (?:[\w-]+ ){0,3}(?:robux|v-?bucks"
            r"|gift ?cards?|skins|credits|gems|diamonds|game money)",
            r"video ?(?:chat|call)|facetime|turn on (?:his|her|the|their) (?:camera|webcam|cam)"
            r"|on (?:camera|webcam|cam)",
            r"(?:says?|said|tells?|told|keeps saying) (?:he|she)(?:'s| is)? (?:in love with|loves)"
            r" (?:me|her|him)|(?:says?|said) (?:i'm|im|i am|she's|shes|she is|he's|hes"
            r"|he is) (?:his"
            r"|her) (?:girlfriend|boyfriend|special)",
            r"(?:wants?|asks?|asked|begging|keeps asking) (?:me|her|him) to (?:come|go) (?:to"
            r"|over to)"
            r" (?:his|her|their) (?:house|place|flat|home|car|room)",
            r"(?:not|never|without|don't|dont|doesn't|doesnt) (?:to )?tell(?:ing)? (?:anyone"
            r"|anybody"
            r"|my|his|her|their|mum|mom|dad|parents)",
            r"(?:their|his|her) (?:little |special )?secret|(?:a|our) special secret",
            r"(?:not|never|don't|dont) (?:to )?tell (?:us|me|you)",
            r"(?:lures?|lured|luring|invites?|invited|inviting|brings?|brought|takes?"
            r"|took) (?:the |some |little |young )?(?:kids|children|girls"
            r"|boys) (?:[\w-]+ )?(?:in ?to|to|round to|back to|over to|up to) (?:his|her) (?:flat"
            r"|house|place|room|home|car|van|shed|office)",
            r"has (?:the |some )?(?:kids|children|girls|boys) (?:round|over)",
            r"between (?:you and me|you two|them|the two of them|us)",
        ),
        "images": (
            r"naked|(?:with no|without|no) clothes(?: on)?",
            r"(?:naked|nude|sexual|sexy|intimate|explicit|indecent|topless|private|dirty"
            r"|inappropriate) (?:[\w-]+ )?" + _EN_PICS,
            r"nudes",
            r"(?:photos?|pictures?|pics?|videos?|images?|clips?) of (?:my|her|him|his|a \d|a"
            r" (?:little|young)|(?:a |an )?(?:girl|boy|child|kid|minor))",
            r"(?:shar|post|spread|leak|upload|circulat|sell|send|sent|forward|film|record)\w*"
            r" (?:[\w'-]+ ){0,3}" + _EN_PICS,
            r"(?:passing|passed|passes|pass) (?:it )?(?:round|around) (?:[\w-]+ ){0,3}(?:photos?"
            r"|pictures?|pics?|images?|videos?|selfies?|clips?)|(?:photos?|pictures?|pics?"
            r"|images?|videos?|selfies?|clips?) (?:[\w-]+ ){0,4}(?:going|passed|being passed"
            r"|doing the) (?:round|around|rounds)",
        ),
        "harm": (
            r"(?:child |sexual )?(?:abuse|rape|molestation|grooming|exploitation|assault"
            r"|harassment|csam|sextortion|incest)",
            r"(?:violence|beatings?|neglect|maltreatment|mistreatment|cruelty|blackmail)",
        ),
        "plea": (
            r"please help", r"help me", r"help us", r"help my",
            r"can (?:you|someone|anyone|somebody) help",
            r"i (?:want|need|would like|'d like|wanna|wish) to (?:report|tell someone)",
            r"how (?:do|can|should) (?:i|we) (?:report|get help)",
            r"where (?:do|can|should) (?:i|we) (?:report|go|turn)",
            r"who (?:do|can|should) (?:i|we) (?:tell|call|contact|talk to)",
            r"what (?:do|should|can) (?:i|we) do",
            r"(?:do not|don't|dont) know (?:what to do|who to (?:tell|call|talk to))",
            r"i need (?:help|advice)", r"is this (?:normal|abuse)",
            r"should i (?:call|tell|report|contact)",
            r"i (?:suspect|have a suspicion|'m suspicious|am suspicious)",
            r"who (?:do|can|should) (?:i|we) (?:turn to|go to|speak to)",
            r"is (?:it|this|that) (?:normal|ok|okay|alright) (?:that|for|when|if)",
        ),
        "citation": (
            r"(?:law|act|bill|decree|code|article|arts?|sections?|para|regulation|directive"
            r"|convention|chapter|cap|rule|order)\.? ?(?:no\.? ?)?\d",
            r"ss?\.\s?\d", r"(?:act|law|code|regulations?|decree) (?:of )?(?:19|20)\d\d",
            r"§", r"(?<![\d/])\d{1,4}/(?:19|20)\d\d(?!/)",
            # a judgment or a statistic: a note about a case or a survey, not a story
            r"(?:convicted|sentenced|jailed|acquitted|imprisoned|found guilty|pleaded guilty"
            r"|years in prison|prison sentence|verdict)",
            r"\d+(?:[.,]\d+)? ?%|percent|per cent",
            # a general rule, not a story: "a father who hits his child can be prosecuted"
            r"(?:under|by|according to|against) the (?:new )?law|(?:can|may|will|could) be"
            r" (?:prosecuted|charged|punished|fined)|punishable|(?:any|every) (?:parent|father"
            r"|mother|adult|teacher|person|carer) (?:who|that)",
        ),
    },
    "fr": {
        "victim": (
            r"(?:m'a|m'ont|m'avait|m'avaient) (?:[\w-]+ )?(?:violee?|abusee?|agressee?"
            r"|tripotee?|caressee?|forcee?|harcelee?|deshabillee?|pelotee?)",
            # not "ça m'a touché" (it moved me)
            r"(?:il|elle|ils|on|qui) m'(?:a|ont|avait|avaient) (?:[\w-]+ )?touchee?",
            r"(?:il|elle|ils|on) me (?:touche|touchait|touchent|viole|violait|tripote|tripotait"
            r"|caresse|caressait|harcele|harcelait|deshabille|deshabillait|pelote|pelotait)",
            # not "touché(e)": "j'ai été touché par leur engagement" (moved)
            r"j'ai ete (?:[\w-]+ ){0,2}(?:violee?|abusee?|agressee?|harcelee?|attouchee?)",
            r"(?:abuse|abusait|abusent|abusaient|a abuse|ont abuse) de moi",
            r"(?:ca|cela|c'est) m'est arrive",
            r"j'ai (?:subi|vecu) (?:des |un |une )?(?:[\w-]+ )?(?:abus|attouchements|viol"
            r"|agression)",
            r"(?:me fait|me faisait|m'a fait|m'ont fait) (?:des |faire des )?(?:attouchements"
            r"|choses|trucs)",
            r"(?:me demande|m'a demande|me demandait) (?:des |de lui envoyer des |mes )?(?:nudes"
            r"|(?:photos|videos) (?:de moi|nues?|intimes|denudees?))",
            # physical harm, with a subject: not "ce qui me frappe" (what strikes me)
            r"(?:il|elle|ils|on|papa|maman|mon pere|ma mere|mon beau-pere|ma belle-mere|mon oncle"
            r"|mon frere|mes parents) (?:me|m') ?(?:frappe\w*|a frappee?|bat|battait|battent"
            r"|a battue?|tape|tapait|tapent|cogne\w*|brule\w*|enferme\w*|gifle\w*|secoue\w*"
            r"|maltrait\w*|etrangle\w*|tabasse\w*|a (?:giflee?|enfermee?|brulee?|tabassee?))",
            # not "j'ai été frappé par le manque de moyens" (struck by)
            r"j'ai ete (?:[\w-]+ )?(?:frappee?|battue?|maltraitee?|brulee?|enfermee?|giflee?"
            r"|tabassee?)(?! par (?:le|la|les|l'|un|une|des|ce|cet|cette|leur|leurs|l))",
            # sextortion: the writer's pictures held over them
            r"(?:menace\w*|fait chanter|chantage) (?:[\w'-]+,? ){0,4}(?:publier|poster|diffuser"
            r"|partager|envoyer|montrer|balancer|mettre|afficher|divulguer)\w* (?:[\w'-]+ ){0,2}"
            r"(?:mes|ma|mon) (?:[\w-]+ )?(?:photos?|videos?|images?|nudes|snaps?)",
            r"si je (?:ne |n')?(?:lui|leur) (?:en )?(?:envoie|renvoie)(?: pas"
            r"| plus)? (?:[\w'-]+ ){0,2}"
            r"(?:photos?|videos?|nudes|d'autres)|si je (?:ne |n')?(?:en )?(?:envoie|renvoie) pas"
            r" (?:d'autres|de nudes|plus)",
            r"(?:il|elle|ils|on|quelqu'un|un mec|un homme|un gars|une personne) me (?:menace"
            r"|menacait|fait chanter|faisait chanter)",
            *_held_over(
                r"(?:mes|ma|mon) (?:[\w-]+ )?(?:photos?|videos?|nudes|images?)",
                r"si (?:je|j') ?(?:ne |n')?(?:lui |leur |en )*(?:paye|paie|envoie|renvoie|donne"
                r"|fais)"
                r" (?:[\w'-]+ )?(?:pas|plus|rien)|si je refuse|sinon (?:il|elle|ils"
                r"|on) (?:[\w'-]+ ){0,2}"
                r"(?:publie|poste|diffuse|envoie|montre|balance|met|partage)\w*|(?:veut|demande"
                r"|exige"
                r"|reclame) (?:[\w'-]+ ){0,2}(?:\d+ ?(?:euros|€)|de l'argent|des sous|du fric)"),
            r"(?:menace\w*|fait chanter|chantage) (?:de |d')(?:publier|poster|diffuser|partager"
            r"|envoyer|montrer|balancer|mettre|afficher|divulguer)\w* (?:[\w'-]+ ){0,2}(?:mes|ma"
            r"|mon)",
            r"sinon\b.{0,40}\b(?:mon pere|ma mere|mes parents|ma famille|tout le monde"
            r"|toute l'ecole"
            r"|mes amis|mon pere)",
            r"faux (?:compte|profil) (?:[\w'-]+ ){0,3}(?:ma tete|ma photo|mes photos|mon visage"
            r"|mon nom)",
        ),
        "deed": (
            r"(?:l'a|l'ont|l'avait|l'avaient) (?:[\w-]+ )?(?:violee?|touchee?|tripotee?|agressee?"
            r"|abusee?|deshabillee?|caressee?)",
            r"(?:il|elle|ils) (?:la|le) (?:touche|touchait|touchent|tripote|tripotait|viole"
            r"|violait|caresse|caressait|deshabille|deshabillait)",
            r"(?:abuse|abusait|abusent|abusaient|a abuse) (?:d'elle|de lui|d'eux)",
            r"(?:lui|leur) (?:fait|faisait|a fait|font) (?:des |faire des )?(?:attouchements"
            r"|choses|trucs)",
        ),
        "person": (
            r"(?:notre|nos) (?:fille|fils|enfant|niece|neveu|petite|petit|bebe)",
            r"(?:ma|mon|mes) (?:[\w-]+ )?(?:fille|fils|filles|enfants?|niece|neveu"
            r"|petite-fille|petit-fils|petite fille|petit fils|s(?:oe|œ)ur|frere|cousine?"
            r"|belle-fille"
            r"|beau-fils|eleves?|petite|petit|filleule?|copine|copain|amie?|bebe|beau-pere"
            r"|beau-frere|oncle|grand-pere|pere|mere|tante|voisine?|prof|professeur|entraineur"
            r"|nounou|parrain)",
            r"(?:une?|la|le|cette|ce) (?:fille|garcon|gamine?|eleve|enfant|petite|petit|fillette"
            r"|ado) (?:de|dans|d'|du) (?:ma|mon|notre|l'immeuble|la classe|l'ecole|du quartier)",
            r"(?:la|une|cette) (?:petite|gamine|fillette) (?:de|du|d'|des)",
            r"(?:son|sa) (?:beau-pere|beau pere|belle-mere|pere|mere|oncle|tante|cousin|frere"
            r"|grand-pere|grand pere|papy|entraineur|prof|professeur|voisin|parrain|nounou"
            r"|beau-frere)",
            r"(?:le|la) voisine?",
            r"(?:fille|garcon|gamine?|enfant|petite|petit|fils|niece|neveu|eleve) de \d{1,2} ans",
            r"quand (?:j'|il |elle )(?:avais|avait|etais|etait)",
            r"j'ai (?:\d{1,2}|seulement \d{1,2}) ans",
            r"(?:sa|son|ses) (?:[\w-]+ )?(?:fille|fils|filles|enfants?|petite|petit|gamine?|bebe"
            r"|fillette|belle-fille|beau-fils)",
            r"(?:la|les|une|le|un) (?:[\w-]+ )?(?:fille|fils|enfants?|petite|petit|gamine?|gosses?"
            r"|bebe) (?:du|des|de la|d'en) (?:voisin\w*|face|dessus|dessous|a cote)",
            r"(?:un|une|mon|ma) (?:camarade|copain|copine|ami|amie) de (?:classe|ma classe)",
            r"j'?ai (?:seulement |que |juste )?\d{1,2} ans",
            r"(?:la|une|cette) (?:petite|gamine|fillette) (?:de|du|des|d' ?\w+)",
            r"(?:les|mes|nos) voisins",
            r"(?:la|le|une|un) (?:[\w-]+ )?(?:fille|fils|enfants?|petite|petit|gamine?|gosses?"
            r"|bebe)"
            r" (?:d'a cote|d'en face|du dessus|du dessous|de l'immeuble|du palier)",
            r"(?:une?|la|le|cette|ce) (?:fille|garcon|gamine?|eleve|enfant|petite|petit|fillette"
            r"|ado)"
            r" (?:[\w-]+ )?(?:dans|de) (?:mon|ma|notre) (?:immeuble|rue|quartier|residence|groupe"
            r"|club|classe|ecole)",
            r"(?:ma|mon|mes|sa|son|ses) demi[- ](?:frere|soeur)s?",
            r"(?:une?|la|le) (?:fille|garcon|gamine?|eleve|petite|petit|ado) (?:de|en) (?:sixieme"
            r"|cinquieme|quatrieme|troisieme|seconde|premiere|terminale|cm1|cm2|ce1|ce2|cp|\d+e"
            r"|\d+eme)",
        ),
        "actor": (
            r"(?:un|le|ce|son) (?:prof|professeur|entraineur|voisin|pretre|homme|adulte|mec|type"
            r"|animateur|moniteur|beau-pere|oncle|mari)",
            r"(?:un|le|ce|cet) (?:monsieur|educateur|surveillant|chauffeur|gardien|coach"
            r"|baby-sitter|babysitter|inconnu|pere|papa)",
            r"(?:le|son|un) pere|(?:la|sa) mere",
            r"(?:mon|son|ma|sa) (?:mari|conjoint|compagnon|copain|ex|femme|compagne|beau-frere"
            r"|gendre|colocataire|locataire)",
            r"(?:un|le|ce|cet|notre) (?:gardien|concierge|vigile|catechiste)",
        ),
        "act": (
            r"(?:a|ont|avait|l'a|les a|a ete|ont ete|avait ete|est) (?:[\w-]+ )?(?:violee?s?"
            r"|abusee?s?|agressee?s?|touchee?s?|tripotee?s?|harcelee?s?|deshabillee?s?|forcee?s?)",
            r"(?:se fait|se faisait|s'est fait|se font) (?:[\w-]+ )?(?:violer|abuser|agresser"
            r"|toucher|tripoter|harceler|peloter)",
            r"(?:abuse|abusait|abusent|abusaient) (?:de|d')",
            r"(?:tripote|tripotait|pelote|pelotait|violee|violees|abusee|abusees|abuses"
            r"|agressee|tripotee|attouchements)",
            r"(?:fait|faisait|font) des (?:choses|trucs|caresses)",
            r"me (?:touche|touchait|touchaient|tripote|tripotait|caresse|caressait|deshabillait)",
            r"(?:l'|la |le |les )(?:embrasse|embrassait|touche|touchait|tripote|tripotait|caresse"
            r"|caressait|deshabille|deshabillait|viole|violait)",
            r"(?:vient|venait|entre|entrait|rentre|rentrait|se glisse|se glissait) (?:[\w-]+ )?dans"
            r" (?:ma|sa|son|mon|la) (?:chambre|lit|douche|salle de bain)",
            r"(?:montre|montrait|fait regarder) (?:[\w'-]+ ){0,3}(?:porno\w*|films? x"
            r"|videos? x|ses parties)",
            # physical harm and neglect of a particular child
            r"(?:la|le|les|l'|lui) ?(?:frappe|frappait|frappent|frappaient|bat|battait|battent"
            r"|battaient|tape|tapait|tapent|cogne|cognait|brule|brulait|enferme|enfermait|enferment"
            r"|gifle|giflait|secoue|secouait|maltraite|maltraitait|maltraitent|martyrise"
            r"|martyrisait|tabasse|tabassait|affame|affamait|laisse seule?|laissait seule?"
            r"|tape dessus|tapait dessus)",
            r"(?:frappe|frappait|bat|battait|cogne|cognait|maltraite|maltraitait|tabasse|enferme"
            r"|brule|secoue|gifle)\w* (?:sa|son|ses|leur|leurs|mon|ma|mes|les enfants|la petite"
            r"|le petit)(?! plein| record)",
            r"(?:est|a ete|etait|sont|ont ete|se fait|se faisait|s'est fait|se font) (?:[\w-]+ )?"
            r"(?:frappee?s?|battue?s?|maltraitee?s?|brulee?s?|enfermee?s?|tabassee?s?|giflee?s?"
            r"|frapper|battre|taper dessus|cogner|maltraiter|tabasser|gifler)(?! par (?:le|la|les"
            r"|l'|un|une|des|ce|cet|cette|leur|leurs|l))",
            r"maltrait(?:e|ee|es|ees|ait|aient|ent)",
            r"(?:a|avait|ont|avaient|plein|pleine|couverte?s?|toute?) (?:de |des |d')(?:[\w-]+ )?"
            r"(?:bleus|hematomes|ecchymoses|marques (?:sur|de coups|partout)|brulures"
            r"|traces de coups)",
            r"(?:hematomes|ecchymoses|traces de coups|marques de coups|coquards?|cocards?"
            r"|oeil au beurre noir)",
            r"peur de (?:rentrer|retourner|aller) (?:chez (?:elle|lui|eux|soi)|a la maison)",
            r"(?:a|avait) peur de (?:son|sa|ses) (?:pere|mere|beau-pere|belle-mere|oncle|parents"
            r"|papa|maman)",
            r"(?:laisse|laissait|laissent|laissaient) (?:[\w-]+ ){0,2}(?:toute? seule?s?|seule?s?"
            r"|sans manger|enferme\w*)",
            r"(?:seule?s?|toute? seule?s?) (?:a la maison|toute la journee|toute la nuit"
            r"|des jours)",
            r"ne (?:lui|leur) donne\w* (?:pas|jamais|rien) a manger|rien a manger"
            r"|(?:a|ont|avait) toujours faim",
            # what a child calls it
            r"(?:zizi|zezette|quequette|foufoune|parties intimes|parties genitales)",
            r"(?:montre|montrait|montrer|touche|touchait|toucher) (?:[\w'-]+ ){0,3}(?:son|sa|ses)"
            r" (?:sexe|parties|kiki|zizi)",
            r"(?:choses|trucs) (?:bizarres|pas normales|que je n'aime pas|que j'aime pas"
            r"|qu'elle n'aime pas|qu'il n'aime pas|qu'elle aime pas|qu'il aime pas)",
            r"(?:laisse|laissait|laissent|laissaient) (?:[\w-]+ ){0,4}(?:toute? seule?s?|seule?s?"
            r"|sans manger|sans rien)",
            r"(?:a|avait|ont|avaient) (?:[\w-]+ )?(?:des|plein de) (?:[\w-]+ )?(?:bleus|marques"
            r"|traces"
            r"|brulures)(?: (?:sur|partout|de coups))",
            r"(?:avec|a coups de) (?:sa|la|une|son|le|un) (?:ceinture|fer a repasser|cigarette"
            r"|baton"
            r"|cable|fil|chaussure|pantoufle|cuillere en bois|martinet)",
            r"mains? (?:[\w'-]+ ){0,2}(?:sous|dans) (?:ma|sa|mon|son|ses|mes|la|le) (?:[\w-]+ )?"
            r"(?:jupe|culotte|pantalon|t-shirt|tee-shirt|pyjama|vetements|habits|robe|slip|short"
            r"|haut)",
            r"sur (?:ses|les) genoux",
            r"(?:frappe|frappait|bat|battait|cogne|cognait|maltraite|maltraitait"
            r"|tabasse)\w* (?:notre"
            r"|nos)",
            r"(?:la|le|les|l') ?etrangl\w*",
            r"(?:le|la|les) (?:met|mettait|mettent|jette|jetait) (?:a la porte|dehors)|(?:le|la"
            r"|les)"
            r" laisse (?:pas|jamais) (?:entrer|rentrer)|dehors (?:toute la nuit|tard le soir"
            r"|la nuit"
            r"|dans le froid)",
            r"(?:pleure|pleurait|hurle|crie) (?:[\w-]+ ){0,2}(?:pendant des heures|des heures"
            r"|toute la nuit|toute la journee)|personne (?:ne )?(?:vient|s'en occupe|s'occupe)",
            r"(?:au dessus|au-dessus|sur|dans) (?:du|le|la) (?:feu|gaziniere|plaque|four|flamme"
            r"|eau bouillante)",
            r"tout nus?|toute nue|toutes nues|a poil|(?:les|la|le) (?:prend|prenait"
            r"|a pris) en photo",
            r"(?:sous|dans) (?:ma|sa|mon|son|mes|ses) (?:[\w-]+ )?(?:jupe|culotte|pantalon|t-shirt"
            r"|tee-shirt|tee shirt|pyjama|vetements|habits|robe|slip|short|pull|haut)",
            r"le ventre vide|a jeun|affame\w*|(?:a|ont) faim (?:tout|tous|chaque)|boivent tout"
            r"|boit tout"
            r"|(?:toujours|tout le temps) (?:saoule?|ivre|bourre\w*)",
            r"(?:entendu|entends|j'entends) (?:[\w'-]+ ){0,6}(?:coups|claques|gifles|cris|hurler"
            r"|pleurer|pleurs|frapper)",
            r"(?:hurle|hurlait|crie|criait) (?:sur|apres) (?:ses|sa|son|leurs?|mes|les) (?:enfants"
            r"|gosses"
            r"|fille|fils|petits?|petites?)",
            r"(?:embrass\w*|bisous?) sur la bouche|(?:lui|leur|me) (?:donne|offre"
            r"|achete)\w* (?:des |de l')"
            r"(?:bonbons|argent|cadeaux|friandises|chocolats?) (?:si|pour|quand)",
            r"(?:coupures|brulures|blessures|cicatrices) (?:[\w-]+ ){0,3}(?:sur|aux) (?:les |ses "
            r"|la |le )?"
            r"(?:bras|jambes|mains|dos|visage|corps|cou)",
            r"quand (?:je|j'|elle|il) (?:me douche|se douche|prends? (?:ma|sa|son|mon) (?:douche"
            r"|bain)"
            r"|suis sous la douche|est sous la douche|me change|se change|dors|dort|suis au lit)",
            r"dort (?:[\w-]+ )?dans (?:son|mon|leur) lit|(?:se couche"
            r"|se glisse) (?:[\w-]+ )?dans (?:son"
            r"|mon) lit",
            r"(?:trucs|choses) sexuel\w*|(?:font|faisaient|faisant) (?:l'amour|du sexe)",
            r"(?:traine|trainait|tire|tirait) (?:[\w'-]+ ){0,2}par les cheveux|(?:le|la|les|me"
            r"|m') ?(?:jette"
            r"|jetait|pousse|poussait|balance|balancait|projette) (?:[\w-]+ ){0,2}(?:contre"
            r"|par terre"
            r"|dans l'escalier)|contre le mur",
            # told vaguely: "fait du mal a sa fille", "elle a peur de lui"; an offence told as a
            # verb: "viole ma petite soeur"
            r"(?:fait|faisait|a fait|font|faire|fera) (?:[\w'-]+ )?(?:du mal|des choses|des trucs"
            r"|quelque chose|des saletes|des horreurs) (?:[\w-]+ )?(?:a|aux|avec) (?:la|le|sa|son"
            r"|ses|cette|ce|une|un|ma|mon|mes|l'|les|des|leur|notre|nos)",
            r"(?:a|avait|ont|avaient) (?:[\w-]+ )?peur (?:de lui|d'eux|de cet homme|de ce type"
            r"|de ce monsieur|de ce mec)",
            r"(?:tremble|pleure|panique|se cache|se fige|se met a pleurer"
            r"|se met a trembler)\w* (?:[\w-]+ ){0,2}(?:quand|des qu'|des que|chaque fois qu'"
            r"|chaque fois que) ?(?:elle|il) (?:le |l')?(?:voit|entend|croise|arrive|vient|rentre"
            r"|est la)",
            r"(?:touche|touchait|tripote|tripotait|caresse|caressait|viole|violait|violent"
            r"|agresse|agressait|abuse|abusait)(?: sexuellement)? (?:de )?(?:ma|mon|mes|sa|son"
            r"|ses|notre|nos|leur|leurs|la|une) (?:[\w-]+ )?(?:fille|fils|filles|cousine?s?|niece"
            r"|neveu|s(?:oe|œ)ur|frere|petite|petit|petite-fille|petit-fils|belle-fille|beau-fils"
            r"|belle fille|beau fils|eleves?|enfants?|filleule?|demi-s(?:oe|œ)ur|demi-frere"
            r"|gamine?|fillette)",
            r"(?:agress|abus|viol|touch|tripot|caress|exploit)\w* sexuellement",
            r"abus(?:er|e|ait|ent) (?:sexuellement )?(?:des|d') ?(?:enfants|gamins|gosses|garcons"
            r"|filles|eleves|mineurs|petits|petites|jeunes)",
            # pictures of naked children kept by someone; a child who will not go near him
            r"(?:photos?|videos?|images?) (?:[\w'-]+ ){0,2}(?:d'|de |des )?(?:enfants?|gamins?"
            r"|gamines?|fillettes?|petites?|petits|filles|garcons|mineurs"
            r"|bebes) (?:[\w-]+ )?(?:nue?s?|a poil|denudee?s?|deshabillee?s?)",
            r"(?:qu'on|qu on|qu'ils|qu ils|qu'il|qu il) (?:la |le |les |l')?deshabill\w*",
            r"(?:refuse|ne veut plus|n'ose plus|n ose plus|a peur) (?:de )?(?:passer devant"
            r"|s'approcher de|aller chez|rester seule? avec) (?:lui|sa|son|chez lui)",
        ),
        "contact": (
            r"(?:demande|demandait|demandent|reclame|reclamait|exige|exigeait) (?:[\w'-]+ ){0,3}"
            r"(?:photos?|videos?|nudes|selfies?)",
            r"veut (?:le|la|les|me|te) (?:rencontrer|voir|retrouver)",
            r"(?:donne|donner|fixe|fixer|propose) (?:un )?rendez-vous",
            r"(?:lui|leur) envoie (?:des|plein de) (?:messages|cadeaux|photos|videos)",
            r"(?:ne rien dire|garder le secret|garder ca secret|notre secret"
            r"|n'en parler a personne)",
            r"(?:messages|sms) (?:deplaces|sexuels|bizarres|inappropries)", r"fait chanter",
            # not "des affiches sur le chantage"
            r"(?:me|lui|leur|nous) fai\w* (?:du|un) chantage",
            r"menace\w* de (?:publier|poster|diffuser|partager|envoyer|montrer|balancer)",
            r"(?:demande|propose)\w* (?:de |a )(?:la |le |les |lui )?(?:rencontrer|voir|retrouver)",
            r"(?:offre|donne|envoie|achete|paye)\w* (?:[\w-]+ ){0,2}(?:v-?bucks|robux|cadeaux"
            r"|argent"
            r"|skins|recharges|cartes? cadeaux?|diamants)",
            r"veut qu'(?:il|elle) (?:vienne|le rejoigne|la rejoigne|allume|mette)|(?:allumer"
            r"|mettre)"
            r" (?:sa|la) (?:camera|webcam|cam)|appel video",
            r"(?:dit|disait) qu'(?:il|elle) (?:m'aime|l'aime|est amoureux|est amoureuse)|(?:veut"
            r"|voulait)"
            r" que (?:je|j'|elle|il) (?:vienne|aille|passe) chez (?:lui|elle)|sans (?:le"
            r"|rien) dire a (?:ma"
            r"|mon|mes|sa|son|ses|personne)",
            r"(?:leur|son|notre) (?:petit )?secret|c'est (?:un|notre|leur) secret",
            r"(?:de )?ne (?:pas|rien) (?:nous|me) (?:le |en )?(?:dire|raconter|parler)|ne (?:le "
            r"|leur )?dis (?:rien|pas) a (?:tes|ta|ton|personne)",
            r"(?:attire|attirait|fait venir|faisait venir|invite|invitait|emmene|emmenait|ramene"
            r"|ramenait)\w* (?:les |des )?(?:enfants|gamins|gosses|petits|petites|filles|garcons"
            r"|jeunes) (?:[\w-]+ )?(?:chez (?:lui|elle)|dans (?:son|sa) (?:appartement|appart"
            r"|loge|chambre|voiture|cave|garage))",
            r"(?:un |leur |notre )?secret entre (?:eux|nous|vous)",
        ),
        "images": (
            r"(?:photos?|videos?|images?) (?:[\w-]+ )?(?:nue?s?|denudee?s?|intimes|osees"
            r"|sexuelles)",
            r"nudes",
            r"(?:photos?|videos?|images?) (?:de|d') ?(?:ma|mon|mes|sa|son|elle|lui|enfants?|mineurs"
            r"|une? (?:petite|jeune|fille|garcon))",
            r"(?:fait circuler|diffuse|publie|partage|poste|envoie|balance"
            r"|vend)\w* (?:[\w'-]+ ){0,3}"
            r"(?:photos?|videos?|images?)",
            r"nue? (?:sur|en) (?:photo|video)",
            r"(?:font|faisait|faire|fait) (?:tourner|circuler) (?:[\w'-]+ ){0,3}(?:photos?"
            r"|videos?|images?)",
        ),
        "harm": (
            r"(?:abus|viol|inceste|agression|attouchements|pedocriminalite|pedopornographie"
            r"|harcelement)",
            r"(?:maltraitance|violences?|negligence|chantage|sextorsion)",
        ),
        "plea": (
            r"aidez[- ]moi", r"aidez[- ]nous", r"aide[- ]moi", r"au secours",
            r"(?:s'il vous plait|svp|stp|pitie),? aide",
            r"(?:je veux|je voudrais|je souhaite|j'aimerais|je dois) (?:le |la )?(?:signaler"
            r"|denoncer|porter plainte|faire un signalement)",
            r"comment (?:je peux|puis-je|faire pour|je fais pour) (?:signaler|denoncer"
            r"|porter plainte)",
            r"(?:ou|a qui) (?:m'adresser|dois-je|je peux|puis-je)",
            r"je ne sais (?:pas|plus) (?:quoi faire|a qui)", r"que (?:dois-je|faut-il) faire",
            r"qu'est-ce que je (?:dois|peux) faire",
            r"je (?:soupconne|suspecte)|j'ai (?:des|un|de gros|de serieux) (?:doutes?|soupcons?)",
            r"que faire si (?:je|j'|ma|mon|mes)",
            r"a qui (?:en parler|le dire|le signaler|signaler|m'adresser|dois-je)",
            r"est[- ]ce (?:que c'est )?normal|c'est normal (?:que|qu')|est[- ]il normal",
        ),
        "citation": (
            r"(?:loi|code|article|art|arts|decret|ordonnance|circulaire)\.? (?:n° ?|no\.? ?"
            r"|n ?)?\d",
            r"(?:loi|decret|ordonnance) (?:n°|no)",
            r"condamnee?s? (?:a|pour)|(?:ans|mois) de prison|acquittee?s?|pour cent",
            r"(?:selon|par|d'apres|au regard de) la (?:nouvelle )?loi|(?:peut|peuvent) etre"
            r" (?:poursuivie?s?|condamnee?s?|sanctionnee?s?)|passible|(?:tout|chaque) (?:parent"
            r"|pere"
            r"|adulte|enseignant) qui|(?:toute|chaque) mere qui",
        ),
    },
    "es": {
        "victim": (
            r"(?:me|nos) (?:violo|violaron|violaba|manoseo|manoseaba|manosea|toqueteaba|toqueteo"
            r"|toquetea|abuso|abusaba|acosaba|agredio|desnudaba|hacia cosas|hizo cosas"
            r"|hace cosas)",
            r"(?:abuso|abusaba|abusaron|abusaban|abusa|abusando|abusar) de mi",
            r"fui (?:[\w-]+ )?(?:abusad[oa]|violad[oa]|agredid[oa]|tocad[oa]|manosead[oa]"
            r"|acosad[oa])",
            r"(?:sufri|vivi) (?:[\w-]+ )?(?:abuso|abusos|violacion|violencia sexual|acoso"
            r"|tocamientos)",
            r"(?:me pide|me pidio|me pedia|me manda|me mando|me pedian) (?:[\w-]+ )?(?:nudes"
            r"|packs?|desnud\w*|(?:fotos|videos) (?:mias|mios|desnud\w*|intim\w*|sin ropa"
            r"|de mi cuerpo))",
            # not "se me pega" (it sticks to me)
            r"(?<!se )(?:me|nos) (?:pega|pegaba|pego|pegan|pegaban|golpea|golpeaba|golpeo|golpean"
            r"|maltrata|maltrataba|maltratan|encierra|encerraba|encierran|ahorca|ahorcaba|azota"
            r"|azotaba|cachetea|patea|pateaba|deja sin comer|dejan sin comer)",
            r"fui (?:[\w-]+ )?(?:golpead[oa]|maltratad[oa])",
            # sextortion: the writer's pictures held over them
            r"(?:amenaza\w*|chantaje\w*|extorsion\w*) (?:[\w-]+,? ){0,4}(?:publicar|subir|pasar"
            r"|difundir|mandar|ensenar|mostrar|compartir|filtrar|colgar|enviar)\w* (?:[\w-]+ )?"
            r"(?:mis|mi) (?:[\w-]+ )?(?:fotos?|videos?|imagenes?|nudes|packs?)",
            r"si no (?:le|les) (?:mando|envio|paso|doy) (?:[\w-]+ ){0,2}(?:fotos?|videos?|nudes"
            r"|packs?|mas|plata)|si no (?:mando|envio|paso) (?:mas|nudes|packs?)",
            r"me (?:chantajea\w*|extorsiona\w*)",
            r"me amenaza\w* con (?:[\w-]+ ){0,2}(?:publicar|subir|pasar|difundir|ensenar|mostrar"
            r"|contar|decir|pegar|matar)",
            *_held_over(
                r"mis (?:[\w-]+ )?(?:fotos|videos|nudes|packs|imagenes)",
                r"si no (?:le |les )?(?:pago|mando|envio|doy|paso|hago)|(?:sino|o si no"
                r"|o) (?:[\w-]+ )?"
                r"(?:los|las|lo|la) (?:sube|publica|pasa|manda|muestra|ensena|difunde|comparte)"
                r"|(?:pide|quiere|exige) (?:[\w-]+ ){0,2}(?:plata|dinero|\d+ ?(?:pesos|dolares"
                r"|euros"
                r"|soles))"),
            r"(?:si no|sino|o si no)\b.{0,40}\b(?:mi papa|mi mama|mis papas|mis padres|mi padre"
            r"|mi madre"
            r"|mi familia|todo el mundo|todos|toda la escuela)",
            r"(?:cuenta falsa|perfil falso|cuenta fake|perfil fake) (?:[\w-]+ ){0,3}(?:mi cara"
            r"|mis fotos"
            r"|mi foto|mi nombre)",
        ),
        "deed": (
            r"(?:la|lo|los|las) (?:toca|tocaba|toco|tocan|tocaban|manosea|manoseaba|manoseo|viola"
            r"|violo|violaba|violaron|desnuda|desnudaba|toquetea|toqueteaba)",
            r"(?:abuso|abusa|abusaba|abusaron|abusando) de (?:ella|el|ellas|ellos)",
            r"(?:le|les) (?:hace|hacia|hizo|hacen) (?:cosas|eso|tocamientos)",
        ),
        "person": (
            r"(?:nuestra|nuestro) (?:hij[oa]|nin[oa]|nene|nena|bebe|sobrin[oa]|niet[oa])",
            r"(?:mi|mis) (?:[\w-]+ )?(?:hij[oa]s?|nin[oa]s?|nene"
            r"|nena|bebe|sobrin[oa]s?|sobrinit[oa]|niet[oa]s?|herman[oa]s?|hermanit[oa]|prim[oa]s?"
            r"|hijastr[oa]|alumn[oa]s?|estudiantes?|amig[oa]s?|ahijad[oa]|chiquit[oa]|pequen[oa]"
            r"|padrastro|madrastra|tio|tia|abuel[oa]|cunad[oa]|entrenador|profesora?|maestr[oa]"
            r"|vecin[oa]|novio)",
            r"(?:una|un|la|el) (?:nin[oa]|chic[oa]|alumn[oa]|companer[oa]|nen[ea]"
            r"|chiquit[oa]) (?:de"
            r"|del|en) (?:mi|mis|nuestra|nuestro|la escuela|el colegio|el barrio)",
            r"(?<!padre o )(?<!madre o )(?:su|sus) (?:padrastro|madrastra|padre|papa|madre|mama|tio"
            r"|tia|abuel[oa]|primo|hermano|entrenador|profesor|profe|maestro|vecino|padrino"
            r"|catequista|novio)",
            r"(?:el|la|un|una) vecin[oa]",
            r"(?:nin[oa]|chic[oa]|hij[oa]|sobrin[oa]|niet[oa]|alumn[oa]) de \d{1,2} anos",
            r"cuando (?:yo )?(?:tenia|era)",
            r"de (?:nina|nino|pequena|pequeno|chica|chico)",
            r"tengo \d{1,2} anos",
            r"(?<!padre o )(?<!madre o )su (?:[\w-]+ )?(?:hij[oa]|nin[oa]|nena|nene|bebe"
            r"|hijastr[oa]"
            r"|chiquit[oa]|hijit[oa]|pequen[oa])",
            r"(?:hij[oa]s?|nin[oa]s?|nen[ea]s?|chiquit[oa]s?) (?:del|de la|de los) vecin[oa]s?",
            r"(?:companer[oa]|amig[oa]) de (?:clase|curso)",
            r"tengo (?:solo |apenas )?\d{1,2}(?= y |,|$)",
            r"(?:una|un|la|el|los|las) (?:nin[oa]s?|chic[oa]s?|nen[ea]s?|chiquit[oa]s?|bebe|pibe"
            r"|piba"
            r"|hij[oa]s?) (?:de al lado|de enfrente|de arriba|de abajo|del lado"
            r"|de la casa de al lado"
            r"|de la vecina|del vecino|de los vecinos|del edificio)",
            r"(?:los|mis|nuestros) vecinos",
            r"(?:nin[oa]|chic[oa]|nen[ea]|pibe|piba) de \d{1,2}\b",
            r"(?:mi|mis|su|el|la) profes?",
            r"(?:mi|mis|su|sus) (?:[\w-]+ )?(?:primit[oa]s?|hermanit[oa]s?|hijit[oa]s?"
            r"|nietit[oa]s?)",
            r"tengo \d{1,2}\b(?! (?:dias|meses|horas|minutos|personas|alumnos|hijos|casos"
            r"|anos de))",
            r"(?:mi|mis|su|sus) (?:hermanastr[oa]s?|medi[oa]s? herman[oa]s?|novia|novio)",
            r"(?:una|un|la|el|los|las) (?:nin|nen|chiquit|chic|pib|bebe|guag|cip|chaval"
            r"|crio)\w* (?:[\w-]+ )?(?:de|del|en) (?:mi|nuestra|nuestro|la|el) (?:calle|cuadra"
            r"|barrio|edificio|colonia|manzana|escuela|colegio|pueblo|bloque|piso|vecindad)",
            r"(?:una|un|la|el) (?:nin|nen|chic|alumn|pib)\w* de (?:primer|segundo|tercer|cuarto"
            r"|quinto|sexto|\d+o?) (?:ano|grado|curso|basico)",
        ),
        "actor": (
            r"(?:un|el|ese|este) (?:profesor|maestro|entrenador|vecino|cura|sacerdote|hombre|senor"
            r"|tipo|adulto|padrastro|tio)",
            r"(?:un|el|ese|este) (?:senor|muchacho|chofer|conductor|monitor|desconocido|papa"
            r"|padre)",
            r"(?:el|su) (?:papa|padre)|(?:la|su) (?:mama|madre)",
            r"(?:mi|su) (?:marido|esposo|pareja|ex|mujer|esposa|cunado|suegro|yerno"
            r"|companero de piso|inquilino)",
            r"(?:un|el|ese|este|nuestro) (?:portero|conserje|encargado|vigilante|catequista"
            r"|sereno)",
        ),
        "act": (
            r"(?:fue|ha sido|han sido|fueron|esta siendo|estan siendo|era|sido|siendo) (?:[\w-]+ )?"
            r"(?:abusad[oa]s?|violad[oa]s?|agredid[oa]s?|tocad[oa]s?|manosead[oa]s?|acosad[oa]s?"
            r"|violentad[oa]s?)",
            r"(?:abusa|abuso|abusaba|abusaron|abusando|abusan|abusado) de (?:ella|el|mi|su|sus|una"
            r"|un|nuestra|nuestro)",
            r"(?:la|lo|los|las|le|les|me) (?:toca|toco|tocaba|tocan|tocaban|manosea|manoseo"
            r"|manoseaba"
            r"|viola|violo|violaba|violaron|acosa|acosaba|obliga|obligaba|obligo|desnuda|desnudaba"
            r"|graba|grababa|forzo|forzaba)",
            r"(?:violaron|manoseo|manosea|manoseaba|toquetea|toqueteaba|toqueteo|manoseando"
            r"|toqueteando|abusando|violando|abusada|violada)",
            r"(?:le|les) (?:hace|hacia|hizo) (?:cosas|eso)", r"tocamientos",
            r"(?:grabando|graba|grabo|grababa|fotografiando|filmando|fotografia) a (?:mi|su|la|el"
            r"|los|las)",
            r"(?:se mete|se metia|entra|entraba|viene|venia) (?:[\w-]+ )?(?:en|a) (?:mi|su|el|la)"
            r" (?:cama|cuarto|habitacion|bano|ducha)",
            r"(?:quitarse|quitar) la ropa|desnudarse",
            r"(?:ensena|muestra|mostraba|ensenaba|mostro|ensenó) (?:[\w-]+ ){0,3}(?:porno\w*"
            r"|cosas sexuales|videos porno\w*|sus partes)",
            # physical harm and neglect of a particular child
            r"(?<!se )(?:la|lo|los|las|le|les|me) (?:pega|pegaba|pego|pegan|pegaban|golpea|golpeaba"
            r"|golpeo|golpean|golpeaban|maltrata|maltrataba|maltrato|maltratan|maltrataban|quema"
            r"|quemaba|quemo|encierra|encerraba|encerro|encierran|ahorca|ahorcaba|azota|azotaba"
            r"|cachetea|zarandea|zamarrea|patea|pateaba)",
            r"(?:pega|pegaba|golpea|golpeaba|maltrata|maltrataba|quema|encierra|encerraba) a (?:su"
            r"|sus|la|el|mi|mis|esa|ese) (?:[\w-]+ )?(?:hij|nin|nen|chiquit|hijastr|sobrin|herman"
            r"|bebe|pequen|alumn)\w*",
            r"(?:fue|es|esta|estaba|ha sido|era|siendo) (?:[\w-]+ )?(?:golpead[oa]s?"
            r"|maltratad[oa]s?|quemad[oa]s?|encerrad[oa]s?|apalead[oa]s?)",
            r"(?:sufre|sufria|sufrio|recibe|recibia) (?:[\w-]+ )?(?:maltrato|golpes|palizas)",
            r"(?:moretones|moratones|moretes|hematomas|marcas de golpes|ojo morado"
            r"|marcas de (?:cinturon|correa|cigarr\w*)|quemaduras de cigarr\w*)",
            r"(?:tiene|tenia|llena de|lleno de) (?:[\w-]+ )?(?:morados|cardenales|marcas|golpes)",
            r"miedo (?:de|a) (?:volver|ir|regresar|llegar) a (?:su |la )?casa",
            r"miedo a (?:su|sus) (?:papa|padre|padrastro|mama|madre|madrastra|tio|abuelo|padres)",
            r"(?:la|lo|los|las|le|les) (?:deja|dejan|dejaba|dejaban) (?:[\w-]+ ){0,2}(?:sol[oa]s?"
            r"|encerrad[oa]s?|sin comer)",
            r"(?:no|nunca) (?:le|les) (?:da|dan|daba|daban) (?:de )?comer",
            r"(?:sin comer|pasa hambre|siempre tiene hambre)",
            # what a child calls it
            r"(?:sus|mis|las) partes (?:intimas|privadas)|(?:su|la) (?:cosita|colita|pajarito|pipi"
            r"|pilin)",
            r"cosas (?:feas|raras|que no me gustan|que no le gustan|que no quiero)",
            r"(?:deja|dejan|dejaba|dejaban) (?:a )?(?:[\w-]+ ){0,4}(?:sol[oa]s|sol[oa] (?:todo|en"
            r"|toda)"
            r"|encerrad[oa]s?|sin comer|sin comida)",
            r"(?:con|a) (?:la|el|un|una|su) (?:cinturon|correa|chancla|plancha|cigarro|cable|palo"
            r"|cuchara de palo|manguera|chinela)",
            r"mano (?:[\w-]+ ){0,2}(?:debajo de|dentro de|bajo|por debajo de) (?:la|mi"
            r"|su) (?:[\w-]+ )?"
            r"(?:ropa|falda|pollera|camisa|calzon\w*|pantal\w*|bombach\w*|pijama|bombacha)",
            r"en (?:sus|mis) (?:piernas|rodillas)|en su regazo",
            r"(?:se mete|se metia|entra|entraba) al (?:bano|cuarto)",
            r"cuando (?:ella|el|yo) (?:se esta|me estoy|estoy|esta) (?:banando|duchando|cambiando)",
            r"no (?:lo|la|los|las) (?:deja|dejan|dejaba) (?:entrar|pasar)|(?:lo|la|los|las) (?:echa"
            r"|echan|echaba) de (?:la )?casa|en la calle (?:de noche|toda la noche|hasta tarde)",
            r"llora (?:[\w-]+ ){0,2}(?:horas|toda la noche|todo el dia)|nadie (?:lo|la"
            r"|los) (?:atiende"
            r"|cuida|alimenta)",
            r"(?:en|sobre) (?:la|el) (?:hornalla|estufa|fuego|plancha|horno|agua hirviendo)",
            r"se desnud\w*|desnud(?:os|as)|(?:les|le) saca fotos|(?:los|las|lo|la) (?:fotografia"
            r"|filma)\w*",
            r"(?:debajo de|por debajo de|dentro de|bajo) (?:la|mi|su) (?:[\w-]+ )?(?:ropa|remera"
            r"|camiseta|falda|pollera|camisa|calzon\w*|pantal\w*|bombach\w*|pijama|blusa|short)",
            r"sin (?:desayunar|comer|cenar)|con hambre|(?:se gastan|gasta|gastan|se gasta) (?:todo"
            r"|toda"
            r" la plata|el dinero) en (?:alcohol|bebida|droga\w*|vino|cerveza)|(?:siempre"
            r"|todo el dia)"
            r" (?:borrach\w*|drogad\w*)",
            r"(?:escuche|escucho|oi|oigo|se escuchan|se oyen) (?:[\w-]+ ){0,6}(?:golpes|gritos"
            r"|llorando"
            r"|llanto|pegar|cachetadas)",
            r"(?:le|les) (?:grita|gritaba|gritan) a (?:sus|su|mis|mi) (?:[\w-]+ )?(?:hij|nin|nen"
            r"|chic)\w*",
            r"bes\w* en la boca|(?:le|les|me) (?:da|daba|regala|regalaba|compra)\w* (?:caramelos"
            r"|golosinas"
            r"|dulces|plata|dinero|regalos) (?:[\w-]+ ){0,2}(?:si|para|cuando)\b",
            r"(?:cortes|quemaduras|heridas|cicatrices|moretones) (?:[\w-]+ ){0,3}(?:en|por) (?:los"
            r"|las|el"
            r"|la|sus|su) (?:brazos|piernas|manos|espalda|cara|cuerpo|cuello)",
            r"cuando (?:yo |ella |el )?(?:me|se)? ?(?:estoy|esta|estaba)? ?(?:banando|duchando"
            r"|cambiando|vistiendo|durmiendo)",
            r"duerme (?:[\w-]+ )?(?:en|con) (?:su|mi) cama|se (?:mete|metia|acuesta) en (?:su"
            r"|mi) cama",
            r"(?:muestra|mostro|mostraba|ensena|enseno) (?:[\w-]+ ){0,6}(?:cosas sexuales"
            r"|haciendo (?:cosas"
            r" sexuales|el amor|sexo)|porno\w*|gente desnuda)|cosas sexuales",
            r"(?:arrastra|arrastraba|jala|jalaba|tira|tiraba) (?:[\w-]+ ){0,2}(?:del|de los|por el"
            r"|por los)"
            r" (?:pelo|cabello|pelos|oreja)|(?:lo|la|me|los) (?:tira|tiraba|empuja|empujaba|avienta"
            r"|aventaba|estrella) (?:[\w-]+ ){0,2}contra|contra la pared",
            # told vaguely: "le hace dano a su hija", "le tiene miedo"; an offence told as a verb:
            # "abusa sexualmente de mi sobrina"
            r"(?:le|les|la|lo) (?:esta |estaba |anda )?(?:hace|hacia|hizo|hacen|haciendo"
            r"|hara) (?:[\w-]+ )?(?:dano|mal|cosas|cositas|algo|maldades|cochinadas|porquerias)",
            r"(?:hace|hacia|hizo|hacen|haciendo) (?:[\w-]+ )?(?:cosas|algo|dano|mal"
            r"|cochinadas) (?:[\w-]+ )?(?:a|con) (?:la|el|su|sus|mi|mis|una|un|esa|ese|los"
            r"|las) (?:[\w-]+ )?(?:nin|nen|chic|hij|hijastr|sobrin|prim|niet|herman|alumn|bebe"
            r"|pequen|chiquit|ahijad)\w*",
            r"(?:le|les) (?:tiene|tienen|tenia) (?:[\w-]+ )?(?:miedo|panico|terror|pavor)",
            r"(?:tiembla|llora|se esconde|se asusta|se pone a llorar|se paraliza"
            r"|se pone a temblar)\w* (?:[\w-]+ ){0,2}(?:cuando|cada vez que"
            r"|apenas) (?:el )?(?:lo ve|lo oye|lo escucha|llega|viene|aparece|entra)",
            r"(?:toca|tocaba|toco|manosea|manoseaba|toquetea|toqueteaba|viola|violaba|violo|abusa"
            r"|abusaba|agrede|agredia)(?: sexualmente)? (?:a|de) (?:mi|su|sus|mis|nuestra|nuestro"
            r"|la|una) (?:[\w-]+ )?(?:nin|nen|chic|hij|hijastr|sobrin|prim|niet|herman|alumn|bebe"
            r"|pequen|chiquit|ahijad)\w*",
            r"(?:abus|agred|viol|toc|manose|explot)\w* sexualmente",
            # pictures of naked children kept by someone; a child undressed; a child who will not go
            # near him
            r"(?:fotos?|videos?|imagenes?) (?:[\w-]+ ){0,2}(?:de )?(?:nin|nen|chic|bebe|menor|pib"
            r"|criatur)\w* (?:[\w-]+ )?(?:desnud|sin ropa|en bolas|empelot)\w*",
            r"(?:le|les|la|lo) (?:sacan|quitan|saca|quita|sacaron|quitaron) la ropa|(?:la|lo|los"
            r"|las) (?:desnudan|desnudaron)",
            r"no (?:quiere|se anima a|se atreve a) (?:ni )?(?:pasar por|acercarse a|ir a|entrar a"
            r"|quedarse (?:sola|solo) con)",
        ),
        "contact": (
            r"(?:pide|pidio|pedia|piden|pidiendo|exige|exigia) (?:[\w'-]+ ){0,3}(?:fotos?|videos?"
            r"|nudes|packs?|fotitos)",
            r"quiere (?:conocer\w*|verse|ver(?:la|lo)|quedar|encontrarse|salir)",
            r"(?:quedar|verse|encontrarse) con (?:ella|el|mi)",
            r"(?:le|les) (?:escribe|manda|mandaba|envia|regala|regalaba) (?:mensajes|regalos|dinero"
            r"|fotos)",
            r"(?:chatea|chateando|habla|hablando) con un (?:adulto|hombre|senor|desconocido)",
            r"(?:guardar el secreto|no decir nada|que no diga nada|no le cuente|es un secreto)",
            r"no (?:le|les) (?:diga|cuente) (?:a )?nadie",
            r"mensajes (?:sexuales|inapropiados|raros|subidos de tono)",
            r"(?:me|le|la|lo|les|nos) (?:chantajea|extorsiona)\w*|(?:me|le|les) (?:hace|hacen"
            r"|hizo) chantaje",
            r"amenaza\w* con (?:publicar|subir|pasar|difundir|ensenar|mostrar|compartir)",
            r"(?:regala|regalaba|compra|compraba|manda|mandaba|da|daba|envia)\w* (?:[\w-]+ ){0,3}"
            r"(?:diamantes|robux|pavos|v-?bucks|skins|regalos|recargas|tarjetas de regalo|saldo)",
            r"que se (?:vean|conozcan|junten)|(?:prenda|encienda|abra|prender"
            r"|encender) (?:la )?camara"
            r"|videollamada",
            r"(?:pide|pidio|pedia|propone|propuso) (?:[\w-]+ )?(?:verse|verla|verlo|conocerla"
            r"|conocerlo"
            r"|encontrarse|quedar)",
            r"(?:le|les) escribe\w* (?:a (?:mi|su) (?:[\w-]+ )?)?(?:por|en) (?:tiktok|instagram"
            r"|insta"
            r"|whatsapp|snap\w*|facebook|discord|el juego|roblox|free fire)",
            r"dice que (?:me|la|lo|te) (?:ama|quiere)|(?:quiere|queria) que (?:vaya|vayas|venga"
            r"|pase) (?:a"
            r" su casa|a verlo|con el)|sin (?:decirle|contarle) (?:nada )?a (?:mi|su|nadie)",
            r"(?:nuestro|su) (?:pequeno )?secreto|es (?:un|su|nuestro) secreto"
            r"|secreto (?:de los dos|entre ellos|entre nosotros)",
            r"que no (?:nos|le|les|me) (?:diga|cuente|dijera|contara)\w*|no (?:nos|le"
            r"|les) (?:digas|cuentes|diga|cuente) (?:nada|a nadie)",
            r"(?:pide|pidio|pedia|piden|pidiendo) (?:[\w'-]+ ){0,3}selfies?",
            r"(?:mete|metia|lleva|llevaba|invita|invitaba|atrae|atraia"
            r"|hace pasar)\w* (?:a )?(?:los |las |unos |unas )?(?:chicos|chicas|ninos|ninas|nenes"
            r"|nenas|pibes|pibas|chiquitos|criaturas) (?:[\w-]+ )?(?:a|en) su (?:casa|cuarto"
            r"|departamento|depto|piso|auto|coche|habitacion|porteria)",
            r"secreto entre (?:ellos|nosotros|los dos|ustedes)",
        ),
        "images": (
            r"(?:fotos?|videos?|imagenes?) (?:[\w-]+ )?(?:desnud\w*|intim[oa]s?|sexuales"
            r"|porno\w*|comprometedoras)",
            r"nudes|packs?",
            r"(?:fotos?|videos?|imagenes?) (?:de|del) (?:mi|mis|su|sus|ella|el|una nina|un nino)",
            r"(?:pasando|compartiendo|difundiendo|subiendo|subio|subieron|publico|publicaron"
            r"|comparte|difunde|pasan|vendiendo|mandando|envio|enviando)\w* (?:[\w'-]+ ){0,3}"
            r"(?:fotos?|videos?|imagenes?)",
        ),
        "harm": (
            r"(?:abuso|violacion|agresion|acoso|explotacion|grooming|incesto)",
            r"(?:maltrato|violencia|negligencia|palizas|chantaje|sextorsion)",
        ),
        "plea": (
            r"ayudenme", r"ayudame", r"ayudeme", r"(?:necesito|pido|necesitamos) ayuda",
            r"ayuda,? por favor", r"por favor,? ayud\w*", r"socorro",
            r"(?:quiero|quisiera|necesito|deseo) (?:denunciar\w*|reportar\w*|hacer una denuncia"
            r"|poner una denuncia)",
            # personal forms only: "dónde denunciar" is how guidance and curricula are worded
            r"(?:como|donde|a quien|ante quien) (?:denuncio|reporto|acudo|puedo denunciar"
            r"|puedo reportar|llamo|lo denuncio|la denuncio)",
            r"no se (?:que hacer|a quien)", r"que (?:hago|debo hacer|puedo hacer)",
            r"sospecho|tengo (?:la |una )?sospecha",
            r"(?:a quien|a donde|donde) (?:acudo|recurro|llamo|aviso|le digo|lo digo|puedo acudir"
            r"|debo acudir)",
            r"es normal (?:que|q)|(?:esto|eso) es normal",
        ),
        "citation": (
            r"(?:ley|decreto|codigo|articulo|art|arts|reglamento|resolucion|numeral|inciso)\.?"
            r" (?:n[°o.]? ?|num\.? ?)?\d",
            r"ley organica \d",
            r"condenad[oa]s? a|anos de prision|absuelt[oa]s?|por ciento",
            r"(?:segun|por|conforme a|de acuerdo con) la (?:nueva )?ley|(?:puede|pueden) ser"
            r" (?:denunciad|procesad|sancionad|castigad)\w*|(?:todo|cada) (?:padre|adulto|docente"
            r"|maestro) que|(?:toda|cada) madre que",
        ),
    },
    "pt": {
        "victim": (
            # not "tocou-me" (it moved me) or "obrigou-me" (it obliged me): those need a person
            r"(?:apalpou|apalpava|violou|abusou|abusava|molestou|violava|despiu|assediou"
            r"|assediava)-me",
            r"(?:abusou|abusava|abusaram|abusavam|abusa) de mim",
            r"fui (?:[\w-]+ )?" + _PT_ACT_FORMS,
            r"(?:fazia|fez|faz)-me coisas",
            r"(?:aconteceu|acontece|aconteceu isto|aconteceu isso) comigo",
            r"sofri (?:[\w-]+ )?(?:abuso|abusos|violencia sexual|estupro|assedio|violacao)",
            r"(?:pede|pediu|pedia|pedem)-me (?:nudes|(?:fotos|fotografias|videos) (?:minhas|nua\w*"
            r"|intimas|sem roupa))",
            *_PT_VICTIM,
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
            r"(?:minha|meu|minhas|meus) (?:[\w-]+ )?" + _PT_KIN,
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
            *_PT_PERSON,
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
            r"|esta sendo|ta sendo|estava sendo|estava a ser) (?:[\w-]+ )?" + _PT_ACT_FORMS,
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
            *_PT_ACT,
        ),
        "contact": (
            r"(?:pede|pediu|pedia|pedem|pedindo|pedir)(?:-lhe)? (?:[\w'-]+ ){0,3}" + _PT_PICS,
            r"quer (?:encontrar|conhecer|ver|marcar)\w*",
            r"(?:encontrar-se|se encontrar|encontrar) com (?:ele|ela)",
            r"(?:manda|mandou|mandava|envia|enviou|enviava|mandando|enviando|a mandar|a enviar)"
            r"(?:-lhe)? (?:[\w'-]+ ){0,2}(?:mensagens|mensagem|presentes|dinheiro)",
            r"(?:guardar segredo|nao contar a ninguem|e um segredo|e segredo)",
            r"chantage(?:ia|ou|ava|ando|ar)\w*|faz chantagem",
            *_PT_CONTACT,
        ),
        "images": (
            r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:[\w-]+ )?(?:nua|nuas|nu|pelad\w*"
            r"|intim[oa]s?|sexuais|sem roupa)",
            r"nudes",
            r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:da|do|de) (?:minha|meu|sua|seu|dela"
            r"|dele|uma menina|um menino)",
            r"(?:partilh|divulg|espalh|public|post|circul|vaz|vend|mand|envi|compartilh)\w*"
            r" (?:[\w'-]+ ){0,3}" + _PT_PICS,
            r"(?:pass|partilh)\w* (?:[\w'-]+ ){0,3}(?:fotos?|fotografias?|v[ií]deos?|imagens?"
            r"|nudes|selfies?)",
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
            r"|conto|vou)",
            r"e normal (?:que|o|a|ele|ela)|(?:isto|isso) e normal|sera normal",
        ),
        "citation": (
            r"(?:lei|decreto-lei|decreto|codigo|artigo|art|arts|portaria|resolucao)\.?"
            r" (?:n\.?[°o]\.? ?)?\d",
            r"condenad[oa]s? a|anos de prisao|absolvid[oa]s?|por cento",
            r"(?:ao abrigo da|pela|segundo a|de acordo com a|nos termos da) (?:nova )?lei"
            r"|pode(?:m)?"
            r" ser (?:acusad|denunciad|processad|punid|condenad)\w*|(?:todo|cada) (?:pai|adulto"
            r"|professor) que|(?:toda|cada) mae que",
        ),
    },
    "pt_BR": {
        "victim": (
            # not "me tocou" (moved me), "me obrigou" or "me pegou de surpresa": those need a person
            r"me (?:apalpou|estuprou|estupraram|estuprava|violentou|abusou|abusava|molestou"
            r"|molestava|assediou|assediava|bolinou|bolinava)",
            r"(?:abusou|abusava|abusaram|abusavam|abusa) de mim",
            r"fui (?:[\w-]+ )?" + _PT_ACT_FORMS,
            r"(?:mexeu|mexia|mexe) comigo",
            r"sofri (?:[\w-]+ )?(?:abuso|abusos|violencia sexual|estupro|assedio)",
            r"(?:passou|passava|passa|passando|passar) a m[aã]o em mim",
            r"me (?:fazia|fez|faz) coisas",
            r"me (?:pede|pediu|pedia|pedem) (?:nudes|(?:fotos?|v[ií]deos?) (?:minhas?|pelad\w*"
            r"|nua\w*"
            r"|sem roupa|intim\w*))",
            *_PT_VICTIM,
        ),
        "deed": (
            r"(?:abusou|abusa|abusava|abusaram) (?:dela|dele)",
            r"(?:mexe|mexia|mexeu) com (?:ela|ele)",
            r"(?:passa|passou|passava) a m[aã]o (?:nela|nele|na|no)",
            r"(?:tocou|toca|tocava) (?:nela|nele)",
            r"(?:mexe|mexia|mexeu) (?:nela|nele)",
        ),
        "person": (
            r"(?:minha|meu|minhas|meus) (?:[\w-]+ )?" + _PT_KIN,
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
            *_PT_PERSON,
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
            + _PT_ACT_FORMS,
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
            *_PT_ACT,
        ),
        "contact": (
            r"(?:pede|pediu|pedia|pedem|pedindo|pedir) (?:[\w'-]+ ){0,3}" + _PT_PICS,
            r"quer (?:encontrar|conhecer|ver|marcar|se encontrar)\w*",
            r"(?:manda|mandou|mandava|envia|enviou|mandando"
            r"|enviando) (?:[\w'-]+ ){0,2}(?:mensage(?:m"
            r"|ns)|presentes?|dinheiro)",
            r"(?:guardar segredo|nao contar pra ninguem|nao contar para ninguem|e segredo)",
            r"chantage(?:ia|ou|ava|ando|ar)\w*|faz chantagem",
            *_PT_CONTACT,
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
            + _PT_PICS,
            r"(?:pass)\w* (?:[\w'-]+ ){0,3}(?:fotos?|fotografias?|v[ií]deos?|imagens?|nudes"
            r"|selfies?)",
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
            r"|conto|vou)",
            r"e normal (?:que|o|a|ele|ela)|(?:isto|isso) e normal|sera normal",
        ),
        "citation": (
            r"(?:lei|decreto|codigo|artigo|art|arts|portaria|resolucao|eca)\.?,? (?:n[°o]\.? ?)?\d",
            r"condenad[oa]s? a|anos de prisao|absolvid[oa]s?|por cento",
            r"(?:ao abrigo da|pela|segundo a|de acordo com a|nos termos da) (?:nova )?lei"
            r"|pode(?:m)?"
            r" ser (?:acusad|denunciad|processad|punid|condenad)\w*|(?:todo|cada) (?:pai|adulto"
            r"|professor) que|(?:toda|cada) mae que",
        ),
    },
    "ar": {
        "victim": (
            r"(?:ي|ت)?(?:لمس|اغتصب|تحرش)(?:و)?ن[يى]",
            r"(?:تحرش|يتحرش|تحرشوا|يتحرشون|اعتدى|اعتدوا|يعتدي|يعتدون) (?:ب[يى]|علي)",
            r"(?:طلب|يطلب|طلبوا|يطلبون) من[يى] (?:صوري|(?:صور|صورا) (?:عاري|خاص|فاضح)\w*)",
            r"(?:حدث|حصل) (?:هذا |ذلك )?معي",
            # dialect: "فيني", "فيا", "بيا", "عليا" (to me)
            r"(?:تحرش|يتحرش|تحرشوا|يتحرشون|اتحرش|اعتدى|اعتدوا|يعتدي|يعتدون) (?:فين[يى]|في[يى]"
            r"|فيا|بيا|عليا)",
            r"(?:ي|ت)?(?:ضرب|عذب|حرق|عنف|جلد|خنق|رفس|صفع|حبس|جوع|كوي)(?:و|ون|ت|وا)?ن[يى]",
            r"(?:ي|ت)?(?:عمل|سوي|سو|فعل)(?:و|ون)? (?:مع[يى]|معايا|معاي|فين[يى]|في[يى]|فيا|بيا)"
            r" (?:\w+ ){0,2}(?:اشياء|اشيا|حاجات|شغلات|اشي|حركات)",
            # sextortion: the writer's pictures held over them
            r"(?:ي|ت)?(?:هدد|بتز)(?:و|ون)?ن[يى]",
            r"(?:ي|ت)?(?:نشر|فضح|نزل|وزع|سرب|حط)\w* صور[يى]",
            r"(?:اذا|لو|ان) (?:ما|لم|مش) (?:ب|ا)?(?:بعت|ارسل|رسل|ابعت|بعث)\w* (?:\w+ ){0,2}(?:صور"
            r"|زياده|زيادة|اكثر|كمان|غيرها)\w*",
            *_held_over(
                r"صور[يى]|فيديوهات[يى]",
                r"(?:اذا|لو|ان) (?:ما|لم|مش) (?:\w+ )?(?:ادفع|دفعت|بعت|ارسل|رسلت|اعطي|عطيت|ابعت)"
                r"|(?:والا|و الا) (?:\w+ )?(?:ه|ح|راح |رح |بي|ي)?(?:نشر|فضح|نزل|بعت|وزع)\w*|(?:عايز"
                r"|بده"
                r"|بدو|يبي|يبغى|يريد|يطلب|طالب)\w* (?:\w+ )?(?:فلوس|مصاري|مبلغ|\d+)"),
            r"(?:والا|و الا|اذا ما|لو ما)\b.{0,40}\b(?:لابو[يى]\w*|لامي|لاهلي|لبابا|لماما|للكل"
            r"|ابو[يى]"
            r"\w*|اهلي)",
            r"حساب (?:مزيف|فيك|وهمي) (?:\w+ ){0,3}(?:بوجهي|بصوري|باسمي|بصورتي)",
        ),
        "deed": (
            r"(?:ي|ت)?(?:لمس|اغتصب)(?:و)?(?:ها|ه)",
            r"(?:تحرش|يتحرش|تحرشوا|يتحرشون) (?:بها|به)",
            r"(?:اعتدى|يعتدي|اعتدوا|يعتدون) (?:عليها|عليه)",
            r"تم اغتصاب(?:ها|ه)",
        ),
        "person": (
            r"(?:ابنت[يى]|ابن[يى]|بنت[يى]|ولد[يى]|طفل[يى]|طفلت[يى]|اطفال[يى]|اولاد[يى]|بنات[يى]"
            r"|حفيدت[يى]|حفيد[يى]|اخت[يى]|اخ[يى]|تلميذت[يى]|تلميذ[يى]|طالبت[يى]|طالب[يى]"
            r"|صديقت[يى]|بنت اخت[يى]|بنت اخ[يى])",
            r"(?:ابنة|ابن|بنت) (?:اخ[يى]|اخت[يى]|عم[يى]|خال[يى]|جار[يى]|جارت[يى]|صديقت[يى]"
            r"|الجيران|جارنا)",
            r"(?:بنت|فتاة|طفلة|طفل|ولد|تلميذة|تلميذ|طالبة|طالب) (?:\w+ )?(?:في|من) (?:صف[يى]"
            r"|فصل[يى]|مدرست[يى]|حينا|حارتنا|صفنا|فصلنا|مدرستنا|الحي|الجيران)",
            r"زوج (?:امها|امه|والدتها|والدته|ام[يى])",
            r"(?:عمها|عمه|خالها|خاله|جدها|جده|ابوها|ابوه|والدها|والده|اخوها|اخوه|مدرسها|معلمها"
            r"|مدربها|مدربه|جارها|جاره)",
            r"(?:جارنا|جيراننا|عم[يى]|خال[يى])",
            r"(?:عندما|لما|حين) كنت (?:صغير|صغيرة|طفل|طفلة|في)",
            r"وانا (?:صغير|صغيرة|طفل|طفلة|في)", r"في طفولت[يى]",
            r"(?:عمرها|عمره) \d",
            r"عمري \d",
            r"(?:بنت|ابن|ولد|اولاد|بنات|اطفال|طفل|ابنة)(?:ه|ها)",
            r"(?:جار[يى]|جارت[يى]|جيران[يى]|الجيران|جيراننا)",
            r"(?:صاحب[يى]|صاحبت[يى]|صديق[يى]|زميل[يى]|زميلت[يى])",
            # "ابي" is left out: it is also "I want" in the Gulf
            r"(?:ابو[يى]|ابويا|بابا|ماما|ام[يى]|والد[يى]|والدت[يى]|اخو[يى]|مرت ابو[يى]|مرات ابو[يى]"
            r"|زوجة اب[يى])",
            r"(?:عندي|عمري|انا) \d{1,2} (?:سنة|سنه|سنين|عام|عاما)",
            r"(?:امها|امه|والدتها|والدته|زوجة ابوها|مرت ابوها)",
            r"(?:ابننا|بنتنا|ابنتنا|ولدنا|اولادنا|اطفالنا)",
            r"ولاد(?:ه|ها|ي|نا)",
            r"(?:بنت|ابن|ابنة|ولد) (?:اخوي|اخويا|اختي|خالتي|عمتي|زوجي|زوجتي|مرتي|جوزي)",
            r"(?:بنت|فتاة|طفلة|طفل|ولد|بنوتة|بنوته|صبي)\w* (?:\w+ ){0,2}(?:في|من|ف) (?:عمارتنا"
            r"|بنايتنا|شارعنا|حارتنا|منطقتنا|حينا|العمارة|العماره|البناية|البنايه|الدور|الطابق)",
            r"(?:البنت|الولد|الطفلة|الطفله|الطفل|البنوته|البنوتة) (?:ال)?(?:صغيرة|صغيره|صغير)",
            r"(?:بنت|ولد|طفل|طفلة) (?:في|ف) (?:اولى|تانية|ثانية|تالتة|ثالثة|الصف|سنة|سنه|ابتدائي"
            r"|اعدادي|ثانوي)",
            r"(?:عندها|عنده) \d+ (?:سنين|سنوات|سنه|سنة)",
            r"جوز (?:امي|امها|امه|ماما)",
        ),
        "actor": (
            r"(?:رجل|المدرب|مدرب|الجار|شخص|شاب|احدهم)",
            r"(?:جار|واحد|الاستاذ|استاذ)",
            r"(?:الراجل|راجل|الرجل|العجوز|الشيخ)",
            r"(?:جوزي|زوجي|جوز|خطيب|عشيق|صاحب امي|صاحب ماما)\w*",
            r"(?:بواب|البواب|حارس|الحارس|السواق|سواق|المدرس|مدرس)",
        ),
        "act": (
            r"(?:يتحرش|تحرش|يتحرشون|تحرشوا) ب\w+",
            r"(?:اعتدى|يعتدي|اعتدوا|يعتدون) على",
            r"(?:ي|ت)?لمس(?:ها|ه|هم|ون)?",
            r"(?:ي|ت)?اغتصب(?:ت|وا|ها|ه|هم)?",
            r"(?:تم|يتم|قد تم) (?:ال)?(?:اغتصاب|اعتداء|تحرش)\w*",
            r"تعرض\w* (?:لل|ل|ال|الى ال|إلى ال)?(?:تحرش|اغتصاب|اعتداء|استغلال)\w*",
            r"(?:يستغل|استغل)(?:ها|ه)? جنسيا",
            r"(?:ي|ا)جبر(?:ها|ه|هم)",
            r"(?:يتحرش|تحرش|يتحرشون|تحرشوا|اتحرش) (?:في|على)\w*",
            # physical harm and neglect of a particular child
            r"(?:ي|ت|ن)?(?:ضرب|عذب|حرق|عنف|جلد|خنق|رفس|صفع|جوع|كوي)(?:و|ون|ت|وا)?(?:ها|ه|هم)",
            r"(?:ي|ت)(?:ضرب|عذب|حرق|عنف|جلد|حبس|جوع|همل)(?:و|ون)? (?:\w+ )?(?:بنت|ابن|ولد|اولاد"
            r"|اطفال|طفل|بنات|البنت|الولد|الاولاد|الطفل|الطفلة|الاطفال)\w*",
            r"(?:ي|ت)(?:حبس|قفل)\w* (?:\w+ ){0,3}(?:الغرف|غرف|الحمام|حمام|البيت|الاوض|اوض|المطبخ"
            r"|السطح)\w*",
            # one child ("يتعرض"), not the children of a report ("يتعرضون")
            r"(?:ي|ت)?تعرض(?:ت)? (?:لل|ل)(?:ضرب|اساءه|اساءة|تعنيف|تعذيب|اهمال)\w*",
            r"(?:ي|ت)?تعرض(?:ت)? (?:لل|ل)عنف (?:في|ب|داخل)\w* ?(?:البيت|المنزل|بيت|منزل|الدار)\w*",
            r"(?:انضرب|اتضرب|ينضرب|تنضرب)\w*",
            r"(?:اثار|علامات) (?:ال)?(?:ضرب|حروق|تعذيب|كدمات)",
            r"(?:عندها|عنده|عليها|عليه|في جسمها|في جسمه|جسمها|جسمه|وجهها|وجهه|ايدها|ايده|ظهرها"
            r"|ظهره) (?:\w+ )?(?:كدمات|كدمه|كدمة|ازرق|زرقا|زرقاء|حروق|رضوض|جروح)",
            r"(?:مليان|مليانه|مليانة|كلها|كله|مغطى|مغطاه) (?:\w+ )?(?:كدمات|كدم|ازرق|حروق|جروح)",
            r"(?:خايف|خايفه|خايفة|تخاف|يخاف)\w* (?:\w+ ){0,2}(?:ترجع|يرجع|يروح|تروح|الرجوع|العوده"
            r"|العودة) (?:\w+ )?(?:البيت|للبيت|المنزل|للمنزل|الدار|للدار)",
            r"(?:ي|ت)(?:ترك|خلي|سيب)(?:و|ون)?(?:ها|ه|هم) (?:\w+ ){0,2}(?:لحال|وحد|بدون اكل|بلا اكل"
            r"|جوعان)\w*",
            r"(?:ما|لا|مش|مو) (?:ب)?(?:ي|ت)(?:طعم|عطي|جيب)\w* (?:\w+ )?(?:اكل|طعام|الاكل|الطعام)",
            # told without naming it
            r"(?:ي|ت)?(?:دخل|يجي|فوت)\w* (?:على |ل|الى )?(?:غرفت[يى]|غرفتها|غرفته|اوضت[يى]"
            r"|اوضتها|اوضته|سرير[يى]|سريرها|سريره|فرشت[يى]|فرشتها)",
            r"(?:ي|ت)?(?:عمل|سوي|سو|فعل)(?:و|ون)? (?:معها|معاها|معه|فيها|فيه|بها|به) (?:\w+ ){0,2}"
            r"(?:اشياء|اشيا|حاجات|شغلات|حركات)",
            r"(?:اشياء|اشيا|حاجات|شغلات|حركات) (?:ما|مش|مو|لا) (?:ب)?(?:ا|ت|ي)?(?:حب|عجب|ريح)\w*",
            r"(?:مناطق|اماكن|اعضاء)\w* (?:ال)?(?:خاص|حساس|حميم)\w*",
            r"(?:ي|ت)(?:ترك|خلي|سيب)\w* (?:\w+ ){0,3}(?:لحال|لوحد|وحد|بدون اكل|بلا اكل)\w*",
            r"كوت(?:ها|ه|ني)|(?:ي|ت)كوي(?:ها|ه|ني)?|(?:ب)?(?:المكواه|المكواة|السجائر|السيجارة"
            r"|السيجاره|الحزام|العصا|الخرطوم|الشبشب|النعال|الشحاطة|الكرباج)",
            r"(?:ايد|يد|ايدي)\w* (?:\w+ )?(?:تحت|داخل|جوا|جوه|في) (?:ملابس|هدوم|تياب|ثياب|لبس"
            r"|بنطلون"
            r"|تنوره|تنورة)\w*",
            r"(?:في|على) (?:حضن|حجر)(?:ه|ها)",
            r"(?:ما|مش|لا) (?:ب)?(?:ت|ي)?خلي(?:ه|ها|هم) (?:ي|ت)?(?:فوت|دخل)|(?:ي|ت)?طرد(?:ه|ها|هم|و"
            r"|وا)?"
            r" (?:من|برا|بره) (?:البيت|الدار)|برا البيت (?:بالليل|طول الليل)",
            r"(?:ي|ت|بي|بت)?(?:عيط|بكي|بكى)\w* (?:\w+ ){0,2}(?:ساعات|طول الليل|طول اليوم)|(?:محدش"
            r"|ماحد|ما حد|ولا حد) (?:ب)?(?:ي)?(?:رد|سال|شوف|اهتم)\w*",
            r"(?:على|في) (?:النار|البوتاجاز|الغاز|الفرن|الصوبا|الماء المغلي|المي المغلي)",
            r"(?:ي|ت)?(?:قلع|شلح|خلع)\w* (?:\w+ )?(?:ملابس|هدوم|تياب|ثياب)\w*|(?:ي|بي)صور(?:هم|ها"
            r"|ه)",
            r"(?:تحت|جوا|جوه|داخل) (?:ال)?(?:تيشيرت|تيشرت|قميص|ملابس|هدوم|بلوزه|بلوزة|تنوره|تنورة"
            r"|بنطلون|فستان|بيجامه|بيجامة)\w*",
            r"جعان|جوعان|جوعانه|جائع|بدون فطور|(?:ي|بي)صرف\w* (?:\w+ ){0,3}(?:على|ع) (?:الشرب|الخمر"
            r"|المخدرات|الحشيش)|سكران|سكرانين",
            r"(?:سمعت|اسمع|بسمع|نسمع|سامع) (?:\w+ ){0,4}(?:ضرب|صراخ|صريخ|بكا|بكاء|يبكي|بيبكي|بيعيط"
            r"|عياط)",
            r"(?:ي|بي|ت|بت)صرخ\w* (?:على|في) (?:ولاد|اولاد|اطفال|بنت|ابن)\w*",
            r"(?:ي|بي|باس)?بوس\w* (?:\w+ )?(?:من )?(?:بقها|بقه|فمها|فمه|تمها|شفايف|شفاه)\w*|(?:ي"
            r"|بي)?(?:دي"
            r"|عطي|جيبل|شتريل)(?:ها|ه) (?:\w+ )?(?:حلويات|حلوى|فلوس|هدايا|شوكولاته|شوكولاتة) (?:لو"
            r"|اذا"
            r"|عشان)",
            r"(?:وانا|وهي|وهو|لما|وقت ما) (?:\w+ )?(?:ا|ب|بت|ت|عم ا)?(?:تحمم|استحم|بدل|نايم|نايمه"
            r"|نايمة)\w*",
            r"(?:ي|بي)?نام\w* (?:\w+ )?(?:في|على|جنب)\w* (?:سرير|فرشة|فرشت)(?:ها|ي|ه)",
            r"(?:حاجات|اشياء|افلام|فيديوهات|فيديو|مقاطع) (?:\w+ ){0,3}(?:جنسي\w*|اباحي\w*|سكس)",
            r"(?:ي|بي|ت)?سحب(?:ه|ها|ني|هم)? (?:\w+ )?من (?:شعر|ودن|اذن)\w*|(?:ي|بي|ت)?(?:رمي|رم|زق"
            r"|دفع)(?:ه"
            r"|ها|ني|هم|يه|يها) (?:\w+ )?(?:على|في|ع) (?:الحيط|الحائط|الارض|الجدار)",
            # told vaguely: "بيعمل حاجات مع البنت", "يؤذيها", "خايفة منه"
            r"(?:ي|ت)?(?:عمل|سوي|سو|فعل)(?:و|ون|ت)? (?:\w+ )?(?:اشياء|اشيا|حاجات|حاجه|حاجة|شغلات"
            r"|حركات)(?: \w+)? (?:مع|معا|لل|ل)(?:ال)?(?:بنت|ولد|طفل|طفلة|طفله|بنات|اولاد|ولاد"
            r"|اطفال|ابن|ابنة|صغير|صغيرة|صغيره|بنوت)\w*",
            r"(?:ي|ت)?(?:عمل|سوي|سو|فعل)(?:و|ون|ت)? (?:\w+ )?(?:اشياء|اشيا|حاجات|حاجه|حاجة|شغلات"
            r"|حركات)(?: \w+)? (?:معها|معاها|معه|معاه|فيها|فيه|بها|لها|ليها)",
            r"(?:ي|ت)(?:وذي|اذي)(?:ها|ه|هم)?|اذاها|اذاه|اذوها",
            r"(?:خايف|خايفه|خايفة|خايفين|تخاف|يخاف|مرعوب|مرعوبه|مرعوبة|مرعوبين|مذعور|مذعورة"
            r"|مذعوره|ترتعب|يرتعب|خوفانه|خوفانة|خوفان)\w* (?:\w+ )?منه",
            r"(?:ترتعش|يرتعش|ترتجف|يرتجف|ترجف|يرجف|تبكي|يبكي|تعيط|يعيط|تصرخ|يصرخ|تختبي|يختبي"
            r"|تتخبى|يتخبى|تتخبي)\w* (?:\w+ )?(?:لما|اول ما|عندما|حين|كل ما|كلما|اما) (?:ت|ي|بت"
            r"|بي)?(?:شوف|رى|سمع|جي|يجي|دخل)\w*",
            r"(?:اعتدى|اعتدوا|يعتدي|يعتدون|تعتدي|يتحرش|تحرش|يغتصب|اغتصب)\w* جنسيا",
            # pictures of naked children kept by someone; a child who will not go near him
            r"(?:ي|ت)?(?:عمل|سوي|سو|فعل)(?:و|ون|ت)? (?:\w+ )?(?:اشياء|اشيا|حاجات|حاجه|حاجة|شغلات"
            r"|حركات)(?: \w+)? (?:مع|معا|لل|ل)(?:اخت|اخو|اخ)\w*",
            r"(?:صور|فيديو|فيديوهات|مقاطع)\w* (?:\w+ ){0,2}(?:اطفال|عيال|بنات|اولاد|ولاد|طفل|طفلة"
            r"|بنت|ولد|قاصر)\w* (?:\w+ )?(?:عريان|عاري|بدون ملابس|بدون هدوم|بلا ملابس)\w*",
            r"(?:ي|ت)غتصب\w*",
            r"(?:مش|ما|مو) (?:عايز|عاوز|بدها|بده|راضي|راضيه|راضية)\w* (?:ت|ي)?(?:عدي|مر|قرب"
            r"|روح)\w*",
        ),
        "contact": (
            r"(?:يطلب|طلب|يطلبون|طلبوا)\w* (?:\w+ ){0,3}(?:صور|صورا|صورها|صوره|فيديو|فيديوهات)",
            r"(?:يريد|يود|بده|يبغى|يبي) (?:ان )?(?:مقابلت|يقابل|يلتق|لقاء|رؤيت|يشوف)\w*",
            r"(?:يرسل|ارسل|يراسل|يبعث)\w* (?:\w+ ){0,2}(?:رسائل|رسايل|هدايا|صور|مال)",
            r"يراسل\w*",
            r"(?:لا تخبر|لا تقول|لا تخبري|لا تقولي|سر بيننا)",
            r"(?:الا|ان لا) (?:يخبر|تخبر|يقول|تقول)\w*",
            r"(?:يعطي|اعطى|يشتري|اشترى)\w* (?:\w+ )?هدايا",
            r"(?:يهدد|هدد|يبتز|ابتز)(?:ها|ه|ني|هم|وا|ون|و)?",
            r"(?:ي|ت)?بعت(?:ل)(?:ها|ه|هم|ي|ى|و)\w*",
            r"(?:عايز|عاوز|بدو|حابب) (?:ي|ت)?(?:قابل|شوف|لاقي|التقي)\w*",
            r"(?:يطلب|طلب|يطلبون|طلبوا)\w* (?:\w+ ){4,6}(?:صور|صورا|صورها|صوره|فيديو|فيديوهات)",
            r"(?:يفتح|تفتح|افتح|يشغل|تشغل)\w* (?:ال)?(?:كاميرا|كام)|مكالمة فيديو|مكالمه فيديو"
            r"|فيديو كول",
            r"(?:يعطي|يعطيه|يعطيها|يشتري|يرسل|يبعت|يشحن)\w* (?:\w+ ){0,2}(?:هدايا|فلوس|شحن|جواهر"
            r"|روبكس"
            r"|شدات|جيمز)",
            r"(?:يقول|بيقول|قال) (?:\w+ )?(?:انه )?(?:يحبني|بيحبني|يحبها|بيحبها)",
            r"(?:بده|بدو|عايز|يبي|يبغى|يريد)(?:ني)? (?:\w+ )?(?:اروح|تروح|اجي|تجي) (?:على |ل"
            r"|عند)?(?:بيته|بيتو"
            r"|عنده|شقته)",
            r"(?:من غير|بدون) ما (?:\w+ )?(?:اقول|تقول|اخبر|تخبر|احكي|تحكي)",
            r"سرنا|سرهم|(?:هذا|ده|دا|هاد) سر|سر (?:بينهم|بيناتنا|بيني وبينك)",
            r"(?:ي|ت)?(?:اخد|خد|اخذ|جيب|دخل|عزم|ستدرج)\w* (?:ال)?(?:عيال|اولاد|اطفال|ولاد|بنات"
            r"|صغار) (?:\w+ )?(?:ل|على|الى|في)?(?:شقت|بيت|اوضت|غرفت|عربيت|سيارت)(?:ه|و)",
            r"(?:ما|مش|لا) (?:ا|ت|ي|ن)?(?:قول|حكي|خبر)\w* (?:ل)?(?:حد|احد|حدا|اي حد|اي احد)",
            r"سر (?:بينكم|بينكو|بينكما|بيناتكم)",
        ),
        "images": (
            r"صور\w* (?:\w+ )?(?:عاري\w*|فاضح\w*|خاص\w*|جنسي\w*|مخل\w*)",
            r"(?:ينشر|نشر|يوزع|وزع|يتداول|تداول|يرسل|يبيع|سرب|يسرب|ينشرون|نشروا)\w* (?:\w+ ){0,2}"
            r"(?:صور|صورا|فيديو|مقاطع|مقطع)\w*",
            r"(?:صور|فيديو)\w* (?:ابنت[يى]|ابن[يى]|بنت[يى])",
            r"صور\w* (?:\w+ ){0,3}(?:عريان\w*|عاري\w*|(?:بدون|بلا|من غير) (?:ملابس|هدوم|تياب))",
            r"عريان\w*",
            r"(?:صور|فيديو|فيديوهات|مقاطع|مقطع)\w* (?:ل|لل)?(?:بنت|ولد|طفل|طفلة|بنات|اولاد|ابن"
            r"|ابنة)\w*",
        ),
        "harm": (
            r"(?:ال)?(?:تحرش|اغتصاب|اعتداء|استغلال)\w*",
            r"(?:ال)?(?:ضرب|عنف|تعنيف|اساءه|اساءة|اهمال|ابتزاز|تعذيب)\w*",
        ),
        "plea": (
            r"ساعدون[يى]", r"ساعدن[يى]", r"ساعدونا", r"انقذون[يى]", r"النجدة", r"ارجوكم", r"ارجوك",
            r"(?:اريد|اود|ابغى|ابغي|بدي) (?:ان )?(?:الابلاغ|ابلغ|التبليغ|ابلاغ|اشتكي|تقديم شكوى"
            r"|تقديم بلاغ|المساعدة|مساعدة)",
            r"كيف (?:ابلغ|اقدم|اشتكي|يمكنن[يى] الابلاغ)",
            r"(?:اين|لمن|الى من|إلى من) (?:ابلغ|اتوجه|اشتكي|الجا)",
            r"ماذا (?:افعل|اعمل)", r"شو اعمل", r"(?:ايش|وش) اسوي",
            r"(?:اشك|اشتبه|عندي شك|عندي شكوك|شاكك|شاكه|شاكة)",
            r"(?:لمين|لمن|مين|لين) (?:\w+ )?(?:اشتكي|ابلغ|اروح|اكلم|اتوجه|الجا)",
            r"هل (?:\w+ )?(?:طبيعي|عادي)|(?:ده|دا|هذا|هاد) (?:طبيعي|عادي)",
        ),
        "citation": (
            r"(?:المادة|مادة|قانون|القانون|رقم|البند|الفصل|المرسوم|مرسوم|قرار) ?(?:رقم ?)?\d",
            r"لسنة \d",
            r"بالسجن|بالحبس|حكم(?:ت)? (?:المحكمة |المحكمه )?على|المحكمة|المحكمه|محكمة|بالمئة"
            r"|في المئة|بالمائة|في المائة",
            r"(?:وفق|حسب|بموجب|طبقا ل) ?(?:ال)?قانون|يمكن ملاحقت\w*|يعاقب\w*|(?:كل|اي) (?:اب|ام"
            r"|والد|شخص"
            r"|معلم) (?:الذي|التي|يضرب|يعتدي)",
        ),
    },
    "ru": {
        "victim": (
            # not "меня трогает" (it moves me) or "меня заставляли" (I was made to redo it)
            r"меня (?:[\w-]+ ){0,4}(?:изнасиловал\w*|насилова\w*|насилу\w*|домогал\w*|домогает\w*"
            r"|трогал\w*|лапа\w*|растлил\w*|совратил\w*|раздевал\w*|щупа\w*)",
            r"(?:изнасиловал\w*|трогал\w*|трогает|трогают|лапал\w*|лапает|домогал\w*|насилова\w*"
            r"|насилует|щупал\w*|раздевал\w*) меня",
            r"ко мне (?:[\w-]+ )?(?:приставал\w*|пристает|пристают|лез\w*)",
            r"(?:надо мной|со мной) (?:[\w-]+ )?(?:надругал\w*|это сделал\w*|такое сделал\w*)",
            r"я (?:был\w* )?изнасилован\w*",
            r"я (?:подверг\w*|пострадал\w*) (?:от )?(?:[\w-]+ )?(?:насили\w*|домогательств\w*)",
            r"(?:меня|мне) (?:просит|просил|заставля\w*) (?:прислать|отправить|скинуть) (?:свои|мои"
            r"|интимн\w*|голы\w*|нюдс\w*)",
            # physical harm
            r"(?:меня|нас) (?:[\w-]+ ){0,3}(?:бьет|бьют|била|бил|били|избива\w*|избил\w*|порет"
            r"|пороли|порол\w*|лупит|лупят|колотит|запира\w*|заперл\w*)",
            r"(?:бьет|бьют|била|бил|били|избивает|избивают|избивал\w*|избил\w*|порет|лупит|колотит"
            r"|запирает|запирал\w*) (?:[\w-]+ )?(?:меня|нас)",
            # told without naming it: "делает со мной всякое"
            r"(?:делает|делал\w*|вытворя\w*|творит|творил\w*) (?:[\w-]+ ){0,2}со мной",
            r"со мной (?:[\w-]+ )?(?:делает|делал\w*|вытворя\w*|творит|творил\w*)",
            # sextortion: the writer's pictures held over them
            r"(?:угрожа|грози|шантажир|шантажу)\w*,? (?:[\w-]+,? ){0,4}(?:мо[иеяю]\w*|меня)"
            r" (?:[\w-]+ )?(?:фото\w*|фотк\w*|снимк\w*|видео|нюдс\w*|интимн\w*|голы\w*)",
            r"(?:угрожа|грози|шантажир)\w*,? (?:[\w-]+,? ){0,2}(?:выложить|разослать|опубликовать"
            r"|отправить|скинуть|слить|показать|выложит|разошлет|покажет|скинет|сольет)"
            r" (?:[\w-]+ )?(?:мои|мое|мою|моих|меня)",
            r"шантажир\w* меня|меня шантажир\w*",
            r"если (?:я )?(?:ему|ей|им) не (?:пришлю|отправлю|скину|вышлю)|если (?:я )?не (?:пришлю"
            r"|отправлю|скину|вышлю) (?:[\w-]+ )?(?:еще|больше|фот\w*|нюдс\w*|интимн\w*)",
            *_held_over(
                r"мо(?:и|ие|ю|е|их) (?:[\w-]+ )?(?:фот\w*|видео|нюдс\w*|снимк\w*)",
                r"если (?:я )?(?:ему |ей |им )?не (?:заплачу|пришлю|отправлю|скину|переведу|дам)"
                r"|иначе (?:[\w-]+ ){0,2}(?:выложит|разошлет|отправит|покажет|сольет|опубликует"
                r"|скинет)"
                r"|(?:требует|просит|хочет) (?:[\w-]+ ){0,2}(?:деньг\w*|\d+ ?(?:руб\w*|тысяч\w*))"),
            r"(?:иначе|а то|если не)\b.{0,40}\b(?:папе|маме|родителям|отцу|матери|всем|всей школе"
            r"|одноклассникам)",
            r"фейков\w* (?:аккаунт|профил|страниц)\w* (?:[\w-]+ ){0,2}(?:моим лицом|моими фото\w*"
            r"|моим"
            r" фото|моим именем)",
        ),
        "deed": (
            r"(?:изнасиловал\w*|насиловал\w*|насилует|трогал\w*|трогает|лапал\w*|лапает"
            r"|домогается|домогался|растлил|совратил|раздевал\w*|раздевает) (?:ее|его|их)",
            r"(?:ее|его|их) (?:[\w-]+ )?(?:трогает|трогал\w*|лапает|лапал\w*|насилует"
            r"|насиловал\w*|изнасиловал\w*|раздевает|раздевал\w*|домогается|домогался)",
            r"(?:пристает|пристают|приставал\w*) к (?:ней|нему|ним)",
        ),
        "person": (
            r"наш(?:а|у|его|ей|ему)? (?:доч\w*|сын\w*|реб[её]н\w*|малыш\w*)",
            r"мо(?:я|ю|й|его|ему|ем|ей|их|им|ими|и) (?:[\w-]+ )?"
            r"(?:доч\w*|сын\w*|реб[её]н\w*|дет\w*|племянни\w*|внук\w*|внучк\w*|сестр\w*|брат\w*"
            r"|учени\w*|воспитанни\w*|подруг\w*|друг\w*|крестни\w*|малыш\w*|падчериц\w*|пасын\w*"
            r"|отчим\w*|дяд\w*|дед\w*|дедушк\w*|тренер\w*|учител\w*|сосед\w*)",
            r"(?:девочк|мальчик|девушк|ученик|ученица|ребен|реб[её]нк|школьни)\w* (?:из|в) "
            r"(?:мо|наш|соседн)\w*",
            r"(?:ее|его) (?:отчим\w*|отц\w*|отец|пап\w*|дяд\w*|дед\w*|дедушк\w*|тренер\w*|учител\w*"
            r"|брат\w*|двоюродн\w*|сосед\w*|репетитор\w*|мачех\w*|сожител\w*)",
            r"(?:сосед|соседк|отчим|дочк|дочер|доченьк|сынок|сыночек|сыну|сына|племянниц|племянник)"
            r"\w*",
            r"дочь",
            r"(?:ей|ему|ребенку|дочери|сыну) \d{1,2}",
            r"когда (?:мне|я) был\w*", r"мне было \d", r"в детстве", r"мне \d{1,2} лет",
            r"(?:мой|моя|моего|моей|мою|моему|мои|моих) одноклассни\w*",
            # not "мне 5 минут", "мне 2 раза"
            r"мне (?:всего |только |уже )?\d{1,2}(?! (?:минут|час|дн|недел|месяц|рубл|процент|раз"
            r"|штук"
            r"|человек|тысяч))",
            r"у нас в (?:подъезде|доме|классе|дворе|школе|садике|группе|секции)",
            r"(?:девочк|мальчик|ребен|ребенк|подрост|школьни)\w* \d{1,2} (?:лет|год)",
            r"двоюродн\w* (?:сестр|брат)\w*|сестренк\w*|братишк\w*",
            r"у (?:моей |моего )?(?:подруги|друга|сестры|брата|одноклассни\w*)",
            r"сводн\w* (?:брат|сестр)\w*|(?:мо(?:ей|я|ю)) девушк\w*|младш\w* (?:сестр|брат)\w*",
            r"внучк\w*|падчериц\w*|пасын\w*",
            r"(?:девоч|мальч|ребен|реб[её]нк|малыш)\w* (?:[\w-]+ )?(?:с|из"
            r"|со) (?:[\w-]+ )?(?:этаж|подъезд|двор|квартир|улиц|район|соседн|наш|перв|втор|трет"
            r"|четверт|пят)\w*",
            r"(?:девоч|мальч|ребен|реб[её]нк|школьн)\w* (?:из|с) (?:[\w-]+ )?класс\w*",
        ),
        "actor": (
            r"(?:тренер|учитель|сосед|мужчина|отчим|священник|вожатый|незнаком|дяд|дедушк)\w*",
            r"(?:какой-то|один|некий) (?:мужик|мужчина|парень|взрослый|человек|тип|дядька)",
            r"мужик\w*",
            r"отец|папа|мама|мать",
            r"мачех\w*",
            r"старик\w*|дедок|пенсионер\w*",
            r"муж(?:а|у|ем)?|сожител\w*|зят\w*|свекр\w*",
            r"(?:консьерж|охранник|вахтер|дворник|водител)\w*",
        ),
        "act": (
            r"(?:изнасиловал\w*|изнасилован\w*|насилова\w*|насилу\w*|домогал\w*|домогает\w*"
            r"|домогаются|приставал\w*|пристает\w*|пристают|пристал\w*|трогал\w*|трогает\w*"
            r"|трогают|потрогал\w*|лапал\w*|лапает|облапал\w*|щупал\w*|растлил\w*|растлева\w*"
            r"|развраща\w*|развратил\w*|совратил\w*|совраща\w*|надругал\w*|принуждал\w*"
            r"|принуждает\w*)",
            r"заставля\w* (?:[\w-]+ ){0,3}(?:раздева|трога|смотре|делать|присыла|снима)\w*",
            r"показ\w* (?:[\w-]+ ){0,3}(?:порно\w*|интимн\w*|голы\w*|член\w*)",
            # physical harm and neglect of a particular child; not "бьет тревогу", "бьет рекорды"
            r"(?:бьет|бьют|бил|била|били|избива(?:ет|ют|л\w*)|избил\w*|колотит|колотил\w*|лупит"
            r"|лупил\w*|порет|порол\w*|хлещет|хлестал\w*|истяза(?:ет|ют|л\w*)|прижига\w*"
            r"|запира\w*|запер\w*|морит голодом|морят голодом)(?! (?:тревог|рекорд|ключом|челом"
            r"|в (?:точку|цель|глаза)))",
            r"(?:закрыва|заперл|запира)\w* (?:[\w-]+ ){0,2}в (?:комнат|туалет|ванн|кладов|подвал"
            r"|балкон)\w*",
            r"(?:синяк\w*|ссадин\w*|следы (?:побоев|ремня|ударов|от ремня)|ожог\w* от сигарет\w*)",
            r"(?:боится|боялась|боялся|страшно) (?:[\w-]+ ){0,2}(?:домой|отца|отчима|папы|матери"
            r"|мамы)",
            r"(?:издева|изгаля)\w* над (?:ней|ним|ними|мной|детьми|ребенком|дочер\w*|сын\w*"
            r"|девочк\w*|мальчик\w*)",
            r"жестоко обраща\w*|(?:избивают|бьют) дома|не корм\w*|голода\w*"
            r"|оставля\w* (?:[\w-]+ ){0,2}одн(?:у|ого|их)",
            # told without naming it
            r"(?:заход|приход|залез|лез|ложит|ложил|прокрад|пробира)\w* (?:[\w-]+ ){0,3}(?:комнат"
            r"|спальн|кроват|постел|ванн|душ)\w*",
            r"интимн\w* (?:мест|част)\w*|между ног|в трусы|под (?:юбку|трусы)",
            r"(?:делает|делал\w*|вытворя\w*) (?:[\w-]+ ){0,2}с (?:ней|ним|ними|дочк\w*|дочер\w*"
            r"|сын\w*) (?:[\w-]+ )?(?:всякое|такое|разное|нехорошее|плохое|странн\w*|непонятн\w*)",
            r"(?:показыва|показал)\w* (?:[\w-]+ ){0,2}(?:свой|свои|свое) (?:[\w-]+ )?(?:член"
            r"|пипис\w*|писю\w*|хозяйство)",
            r"(?:прижег\w*|прижгл\w*|обжег\w*) (?:ей|ему|мне|ее|его)|сигаретой|ремнем|шнуром"
            r"|скакалкой",
            r"рук\w* (?:[\w-]+ ){0,2}под (?:одежд|юбк|футболк|майк|кофт|трус|плать|пижам)\w*",
            r"(?:себе )?на колен(?:и|ки|ях)",
            r"оставля\w* (?:[\w-]+ ){0,4}одн(?:у|ого|их)|без еды",
            r"душ(?:ит|ил\w*) (?:ее|его|их|меня)|(?:ее|его|меня) (?:[\w-]+ )?душ(?:ит|ил\w*)",
            r"(?:не пуска\w*|не пустил\w*) (?:[\w-]+ )?домой|домой не пуска\w*"
            r"|выгоня\w* (?:[\w-]+ )?"
            r"(?:из дома|на улицу)|выгнал\w* (?:[\w-]+ )?(?:из дома|на улицу)|на улице (?:допоздна"
            r"|всю ночь|ночью)",
            r"(?:часами|всю ночь|целыми днями) (?:[\w-]+ )?(?:плачет|кричит|орет)|(?:плачет|кричит"
            r"|орет) (?:[\w-]+ )?(?:часами|всю ночь|целыми днями)|никто не (?:подходит|кормит"
            r"|приходит)",
            r"над (?:плитой|огнем|конфоркой)|(?:на|в) (?:плиту|огонь|кипяток|конфорку)",
            r"(?:фотографир|фотка|снима)\w* (?:[\w-]+ )?(?:их|ее|его|детей|мальчиков|девочек)"
            r"|раздеться|голышом|голыми",
            r"под (?:одежд|юбк|футболк|майк|кофт|трус|плать|пижам|рубашк|свитер)\w*",
            r"голодн\w*|пропива\w*|пропил\w*|(?:вечно|постоянно|всегда) пьян\w*|бухают|наркоман\w*",
            r"(?:слышал\w*|слышу|слышно) (?:[\w-]+ ){0,5}(?:удар\w*|крик\w*|плач\w*|бьют|бьет"
            r"|шлепк\w*)",
            r"(?:орет|орут|кричит|кричат) на (?:детей|ребенка|дочь|сына|нее|него|них)",
            r"целу\w* (?:[\w-]+ )?в губы|(?:дает|дарит|покупает) (?:ей|ему|мне) (?:конфет\w*"
            r"|деньг\w*"
            r"|подарк\w*|сладост\w*) (?:[\w-]+ ){0,2}(?:если|чтобы|за)",
            r"(?:порез\w*|ожог\w*|раны|шрам\w*) (?:[\w-]+ )?на (?:рук\w*|ног\w*|спин\w*|лиц\w*"
            r"|теле)",
            r"спит (?:[\w-]+ )?(?:в (?:ее|его|моей|моем)|с (?:ней|ним|мной) в) (?:кроват"
            r"|постел)\w*",
            r"(?:таска|тяга|тащи|дерга)\w* (?:[\w-]+ ){0,2}за (?:волосы|уши|ухо)|(?:швыря|кида"
            r"|броса|толка"
            r"|толкну|швырну|бросил)\w* (?:[\w-]+ ){0,2}(?:об стену|о стену|в стену|на пол"
            r"|с лестницы)",
            r"(?:показ|показыва)\w* (?:[\w-]+ ){0,6}(?:занимаются сексом|секс\w*|порн\w*|голых)",
            r"плохо обраща\w*",
            # told vaguely: "что-то делает с девочкой", "обижает падчерицу", "его боится"
            r"(?:что[- ]?то|что[- ]?нибудь|нехорошее|плохое|всякое|странное|гадости|мерзости"
            r"|непотребное|грязное|такое) (?:[\w-]+ )?(?:делает|делал\w*|творит|творил\w*"
            r"|вытворя\w*|сделал\w*)(?: [\w-]+)? (?:с|со) (?:[\w-]+ )?(?:девоч|мальч|ребен"
            r"|реб[её]нк|дет|дочк|дочер|сын|падчериц|пасын|внуч|внук|племян|сестр|брат|ней|ним"
            r"|ними|малыш|школьниц|школьник|ученик|ученица)\w*",
            r"(?:делает|делал\w*|творит|творил\w*|вытворя\w*|сделал\w*) (?:[\w-]+ )?(?:что[- ]?то"
            r"|что[- ]?нибудь|нехорошее|плохое|всякое|странное|гадости|мерзости|непотребное"
            r"|грязное|такое) (?:[\w-]+ )?(?:с|со) (?:[\w-]+ )?(?:девоч|мальч|ребен|реб[её]нк|дет"
            r"|дочк|дочер|сын|падчериц|пасын|внуч|внук|племян|сестр|брат|ней|ним|ними|малыш"
            r"|школьниц|школьник|ученик|ученица)\w*",
            r"(?:обижа|мучи|мучае|мучил|издева|тирани)\w* (?:свою|своего|своих|ее|его|их|эту"
            r"|этого|девоч|мальч|падчериц|пасын|дочь|дочку|сына|ребенка|детей|внучк|племянниц)\w*",
            r"(?:боится|боялась|боялся|боятся) (?:[\w-]+ ){0,2}(?:его|этого (?:мужчин|мужик"
            r"|человек|дядьк|старик)\w*|соседа|дяди|деда|тренера|старика)",
            r"(?:его|ее) (?:[\w-]+ ){0,2}(?:боится|боялась|боялся|боятся)",
            r"(?:дрожит|трясется|плачет|прячется|замирает|цепенеет|убегает|рыдает"
            r"|начинает плакать|начинает дрожать)\w* (?:[\w-]+ ){0,2}(?:когда|как только"
            r"|стоит) (?:[\w-]+ )?(?:его|ее|он) (?:видит|увидит|слышит|приходит|заходит"
            r"|появляется)",
            r"раздева\w* (?:[\w-]+ )?(?:девоч|мальч|ребен|дет|школьн)\w*",
            r"(?:фото\w*|фотк\w*|снимк\w*|видео) (?:[\w-]+ )?(?:голы\w*|голеньк\w*|обнаженн\w*"
            r"|раздет\w*) (?:дет|девоч|мальч|ребен|школьн|подрост)\w*",
        ),
        "contact": (
            r"(?:просит|просил|просила|требует|требовал|выпрашивает|просят)\w* (?:[\w-]+ ){0,4}"
            r"(?:фото\w*|фотк\w*|снимк\w*|видео|нюдс\w*|интимн\w*)",
            r"(?:прислать|скинуть|отправить|присылать) (?:ему )?(?:фото|фотк|видео|свои)\w*",
            r"хоч\w* (?:с (?:ним|ней) )?(?:встретиться|увидеться|познакомиться|встречи)",
            r"(?:предлага|зов|угова|приглаша)\w* (?:[\w-]+ )?(?:встретиться|встречу|увидеться"
            r"|погулять|к себе|в гости)",
            r"(?:ей|ему) (?:пишет|писал|пишут)", r"никому не (?:говор|рассказ)\w*",
            r"(?:зовет|приглашает|звал) (?:ее|его) (?:к себе|в гости|встретиться)",
            r"(?:пишет|писал|переписывается|переписывался) (?:ей|ему|с ней|с ним|с моей|с моим)",
            r"(?:никому не говорить|никому не рассказывать|держать в секрете|это наш секрет)",
            r"шантажиру\w*|шантажирова\w*",
            r"угрожа\w* (?:[\w-]+ )?(?:выложить|разослать|опубликовать|отправить)",
            r"угрожа\w*,? (?:[\w-]+,? ){0,2}(?:выложить|разослать|опубликовать|отправить|выложит"
            r"|разошлет|покажет)",
            r"(?:дарит|дарил|покупает|покупал|присылает|скидывает|кидает"
            r"|донатит)\w* (?:[\w-]+ ){0,2}"
            r"(?:робукс\w*|деньг\w*|подарк\w*|гем\w*|скин\w*|донат\w*|в-?баксы)",
            r"(?:включить|включал|включи) (?:[\w-]+ )?(?:камер\w*|вебк\w*)|видеозвон\w*"
            r"|по видеосвязи",
            r"(?:говорит|сказал|пишет) (?:[\w-]+ )?что (?:любит|влюблен\w*)"
            r"|зов\w* (?:[\w-]+ )?(?:к себе|домой"
            r"|в гости)|чтобы (?:я |она |он )?(?:маме|папе|родителям|никому) не (?:говорил\w*"
            r"|рассказ\w*)",
            r"(?:нам|маме|папе|родителям|взрослым|мне) не (?:говор|рассказ)\w*",
            r"(?:просит|просил|просила|требует|требовал|выпрашивает"
            r"|просят)\w* (?:[\w-]+ ){0,4}селфи",
            r"(?:их|наш|ваш|свой|это) (?:маленький |общий )?секрет",
            r"(?:их|наш|ваш|это) (?:[\w-]+ ){0,2}(?:тайна|тайн\w*|секрет\w*)",
        ),
        "images": (
            r"(?:голы\w*|обнаженн\w*|интимн\w*|откровенн\w*|непристойн\w*) (?:фото\w*|фотк\w*"
            r"|снимк\w*|видео|изображени\w*|картинк\w*)",
            r"(?:фото|фотографии|фотки|видео|снимки) (?:мо\w*|ее|его|дочери|сына|ребенка)",
            r"(?:рассыла|распространя|выложил|выложили|выкладыва|публику|пересыла|слива|слил"
            r"|отправля|прода|кида|скинул)\w* (?:[\w-]+ ){0,3}(?:фото\w*|фотк\w*|снимк\w*|видео"
            r"|нюдс\w*)",
            r"нюдс\w*",
            r"(?:фото\w*|фотк\w*|снимк\w*|видео|картинк\w*) (?:[\w-]+ ){0,2}(?:голы\w*|голеньк\w*"
            r"|обнаженн\w*|раздет\w*)",
            r"(?:фото\w*|фотк\w*|снимк\w*|видео) (?:с |со )?(?:[\w-]+ )?(?:девочк|мальчик|ребенк"
            r"|детьми|дочк|дочер|сын|внучк|внук|племянниц|племянник|падчериц)\w*",
        ),
        "harm": (
            r"(?:насили|изнасиловани|домогательств|растлени|развратн|эксплуатаци)\w*",
            r"(?:жесток\w* обращени\w*|побо\w*|избиени\w*|шантаж\w*|пренебрежени\w*)",
        ),
        "plea": (
            r"помогите", r"помоги", r"подскажите",
            r"(?:хочу|хотела?|хотим|нужно|надо) (?:сообщить|заявить|пожаловаться|написать заявление"
            r"|обратиться)",
            r"куда (?:обращаться|обратиться|сообщить|заявить|идти|звонить|писать|пожаловаться)",
            # not "что делать, если ученик говорит...": the title of a guide
            r"(?:что|как) (?:мне |нам )?(?:делать|быть|поступить)(?!,? (?:если|когда|при))",
            r"к кому обратиться",
            r"подозреваю|(?:у меня|есть) (?:[\w-]+ )?подозрени\w*",
            r"нормально ли|это (?:вообще )?нормально",
        ),
        "citation": (
            # not "№ 5": it folds to "no 5", which English uses too ("no 1 believes her")
            r"(?:стать[яиеюей]\w*|ст|ч|п|закон\w*|кодекс\w*|ук|коап|фз|указ\w*|постановлени\w*)\.?"
            r" ?\d",
            r"\d+-фз",
            r"приговор\w*|осужден\w*|оправдан\w*|лет (?:лишения свободы|колонии|тюрьмы)|процент\w*",
            r"суд(?:ом|а|у|ебн\w*)?",
            r"(?:по|согласно) (?:новому )?закон\w*|(?:может|могут) быть привлечен\w*|(?:любой"
            r"|каждый)"
            r" (?:отец|родитель|взрослый|учитель)",
        ),
    },
    "zh_Hans": {
        "victim": (
            r"(?:性侵|强奸|猥亵|侵犯|强暴|摸|碰|骚扰|欺负)(?:了|过)?我(?!国|们|的|方|省|市|区|部)",
            r"我(?:小时候|以前|那时|曾经|之前|也)?被.{0,8}?(?:性侵|强奸|猥亵|侵犯|摸|碰|骚扰"
            r"|强暴)",
            # not "领导让我看一下报告" (had me read the report)
            r"(?:让|逼|强迫)我(?:摸他|摸她|脱衣|脱裤|脱掉|脱光|看他的|看黄|看色情|拍裸|发裸)",
            r"我(?:曾|曾经|也)?(?:遭受|遭到|经历)(?:过)?.{0,4}(?:性侵|强奸|猥亵|侵犯)",
            r"(?:向|找|跟)我要(?:裸照|私密照|隐私照|没穿衣服的)",
            # not "关我什么事", "打我电话"
            r"(?:打|揍|殴打|毒打|暴打|抽|踢|掐|烫|虐待|体罚|家暴|锁)(?:了|过|着)?我"
            r"(?!们|国|的?(?:电话|手机)|一下|省|市|方|校|院|局|部|单位)",
            r"我(?:小时候|经常|总是|天天|每天|一直|老是|常常|在家)?(?:被|挨).{0,6}?(?:打|揍|殴打"
            r"|毒打"
            r"|虐待|体罚|家暴|关在|锁在|烫)(?!击|开|败|破|扰|造|印|通|响|断|卡|折|动|理|包|针|赢|工"
            r"|算"
            r"|捞|拼|假|架)",
            # sextortion: the writer's pictures held over them
            r"(?:威胁|要挟|勒索|敲诈).{0,12}(?:我的|我)(?:照片|裸照|视频|私照|隐私)",
            r"(?:把|将)我的(?:裸照|照片|视频|私密照|私照).{0,8}(?:发|传|公开|曝光|散布|放)",
            r"(?:如果|要是)我不(?:再)?(?:给(?:他|她))?(?:发|拍)(?:照片|裸照|视频|更多)|(?:如果"
            r"|要是)我不再(?:发|给)",
            r"对我(?:做|干)(?:了|过)?(?:一些|那种|奇怪的|不好的|不舒服的|坏|很多|那些)?.{0,4}(?:事"
            r"|事情)",
            *_held_over(
                r"我的(?:裸照|照片|视频|私照|私密照|隐私照)",
                r"(?:不然|否则|要不然|要不)(?:就|他就|她就)?.{0,6}(?:发出去|发给|公开|曝光|传到"
                r"|发到|散布)"
                r"|(?:要|让)我(?:给他)?(?:转钱|给钱|转账|付钱|交钱|打钱)|如果我不(?:再)?(?:发|给"
                r"|转)"),
            r"(?:不然|否则|要不然|要不)(?:就)?.{0,8}(?:告诉|发给|给)(?:我)?(?:爸|妈|爸爸|妈妈|父母"
            r"|家长|全班|同学"
            r"|所有人)",
            r"假(?:账号|号|的账号).{0,10}(?:我的脸|我的照片|我的名字)|(?:我的脸"
            r"|我的照片).{0,10}假(?:账号|号)",
        ),
        "deed": (
            r"(?:性侵|强奸|猥亵|强暴|摸|碰|骚扰)(?:了|过)?(?:她|他)(?!的|们)",
            r"动手动脚",
            r"(?:脱|扒)(?:她|他)的?(?:衣服|裤子)",
        ),
        "person": (
            r"我(?:的)?(?:女儿|儿子|孩子|小孩|闺女|宝宝|外甥女|外甥|侄女|侄子|孙女|孙子|外孙女|外孙"
            r"|妹妹|弟弟|姐姐|哥哥|学生|表妹|堂妹|表弟|继女|朋友|同学)",
            r"(?:我们|我)(?:班|班上|学校|小区|村)(?:有|的|里)?(?:个|一个)?(?:女生|男生|女孩|男孩"
            r"|孩子|小孩|同学|学生)",
            r"(?:她|他)(?:的)?(?:继父|后爸|继母|后妈|爸爸|父亲|爸|叔叔|舅舅|伯伯|姑父|姨父|爷爷"
            r"|外公|哥哥|表哥|老师|教练|邻居)",
            r"邻居家", r"\d{1,2}岁的?(?:女儿|儿子|孩子|女孩|男孩|小孩|女生|男生)",
            r"我小时候", r"我(?:\d{1,2}|[一二三四五六七八九十]+)岁(?:的时候|时|那年)",
            r"我(?:今年|才|只有)\d{1,2}岁", r"继父|后爸",
            r"(?:女儿|儿子|闺女|侄女|外甥女|孙女|妹妹)",
            r"我(?:今年|才|只有)?(?:\d{1,2}|十[一二三四五六七八九]?|[一二三四五六七八九])岁",
            r"同桌|同班同学",
            r"(?:隔壁|对门|楼上|楼下|邻居)(?:家)?的?(?:小女孩|小男孩|孩子|小孩|女孩|男孩|小姑娘)",
            r"(?:我们|我)(?:楼|楼里|单元|院里|这条街|那条街|街上|小区里)(?:有|的|里)?(?:个"
            r"|一个)?(?:女生|男生"
            r"|女孩|男孩|孩子|小孩|小女孩|小男孩|婴儿|宝宝)",
            r"(?:隔壁|对门|楼上|楼下|邻居)(?:家)?的?(?:小婴儿|婴儿|宝宝|小宝宝)",
            r"继(?:妹|弟|姐|兄)|(?:她|他)(?:的)?亲(?:爸|妈|生父亲|生母亲)",
            r"我(?:的)?(?:小|大|亲|干)?(?:表|堂)?(?:妹|弟|姐|哥)",
            r"我(?:的)?(?:好|最好的)?朋友|闺蜜",
            r"(?:我们|我)(?:家)?(?:小区|楼|单元|村|院|街|学校|班)(?:里|上)?(?:的|有)?(?:个|一个)?(?:小女孩|小男孩|女孩|男孩|孩子|小孩"
            r"|女生|男生|小姑娘|婴儿|宝宝)",
            r"(?:\d|[一二三四五六七八九十])楼(?:的)?(?:小女孩|小男孩|小姑娘|孩子|小孩|女孩|男孩)",
            r"继女|继子",
            r"(?:初[一二三]|高[一二三]|[一二三四五六]年级)(?:的)?(?:女生|男生|女孩|男孩|学生|小孩)",
            r"(?:\d{1,2}|[一二三四五六七八九十]+)岁的?(?:小妹妹|小弟弟|小女孩|小男孩|小姑娘|孩子|小孩|女孩|男孩)",
        ),
        "actor": (
            r"(?:有个|那个|一个)(?:男的|男人|叔叔|老师|教练|邻居)",
            r"邻居|继母|后妈",
            r"(?:楼上|楼下|隔壁|对门)的?(?:男人|女人|叔叔|阿姨|大叔|那家)",
            r"(?:\d|[一二三四五六七八九十])楼(?:的)?(?:老头|大爷|叔叔|男人|男的|大叔)|老头",
            r"门卫|保安|司机|看门的",
            r"老公|丈夫|男朋友|前夫|姐夫|妹夫|女婿",
        ),
        "act": (
            r"被.{0,8}?(?:性侵|强奸|猥亵|侵犯|摸|碰|欺负|骚扰|强暴|奸污|拍裸照|脱衣服)",
            r"(?:性侵|强奸|猥亵|侵犯|强暴|骚扰)(?:了|过|她|他|我|着)",
            r"(?:摸|碰|亲)(?:了|过)?(?:她|他|我)",
            r"遭(?:受|到)?.{0,4}(?:性侵|强奸|猥亵|侵犯)",
            r"不该碰的地方|隐私部位|私处",
            r"摸",
            r"脱(?:光|衣服|裤子)", r"(?:让|逼|强迫|叫).{0,6}(?:脱|摸|拍裸|看黄)",
            r"坐(?:在)?(?:他|她|我)?(?:的)?(?:腿上|怀里)", r"抱(?:着)?(?:她|他|我)",
            r"(?:进|钻进|来|溜进)(?:我|她|他)的?(?:房间|被窝|床|浴室)",
            r"(?:给|让|逼)(?:我|她|他)看(?:黄色|色情|成人|裸)",
            # physical harm and neglect of a particular child
            r"(?:打|揍|殴打|毒打|暴打|虐待|体罚|家暴|掐|踢|烫|抽)(?:了|过|着)?(?:她|他)"
            r"(?!们?的?(?:电话|手机))",
            r"(?:打|揍|殴打|毒打|暴打|虐待|体罚|家暴)(?:了|过|着)?(?:他的|她的|自己的)?(?:女儿|儿子"
            r"|孩子"
            r"|小孩|闺女|继女|继子)",
            r"(?:被|挨).{0,6}?(?:打|揍|殴打|毒打|虐待|体罚|家暴)(?!击|开|败|破|扰|造|印|通|响|断|卡"
            r"|折|动"
            r"|理|包|针|赢|工|算|捞|拼|假|架)",
            r"(?:关|锁)在(?:家|屋|房间|门外|笼|厕所|阳台|柜|地下室|小黑屋)",
            r"青一块紫一块|淤青|瘀青|青紫|伤痕累累|浑身是伤|身上(?:有|都是|全是|总是"
            r"|经常)?.{0,4}(?:伤|青"
            r"|紫)|烟头烫|烫伤",
            r"(?:不敢|害怕|怕)回家",
            r"(?:不给|没给|不让).{0,3}(?:吃饭|饭吃|吃东西|吃的)|饿肚子|挨饿|一个人(?:在家|锁在)",
            # told without naming it
            r"对(?:她|他)(?:做|干)(?:了|过)?(?:一些|那种|奇怪的|不好的|不舒服的|坏)?.{0,4}(?:事"
            r"|事情)",
            r"(?:给|让)(?:我|她|他)看(?:他的)?(?:下体|生殖器|小鸡鸡)",
            r"不想回家|(?:用|拿)(?:皮带|衣架|烟头|鞭子|棍子|扫把|拖鞋|开水|熨斗)",
            r"(?:把手|手)伸进.{0,4}(?:衣服|裤子|裙子|内裤)",
            r"坐(?:在)?.{0,2}(?:腿上|怀里)",
            r"不让(?:他|她|我)(?:进门|回家|进屋)|(?:赶|关)(?:出|在)(?:家)?门外|大半夜在外面"
            r"|半夜在外面",
            r"哭了?(?:好几个|几个|好多个)小时|哭一整(?:天|夜)|没人管|没人照顾|没人理",
            r"(?:按|放|摁)在(?:火|炉子|灶|锅|开水|熨斗)(?:上|里)?|用开水烫",
            r"(?:伸|摸)(?:进|到)?.{0,3}(?:衣服|裤子|裙子|内裤)(?:里|里面)",
            r"(?:给|帮)(?:她|他|他们|她们)拍(?:照|裸照|视频)",
            r"饿着肚子|吃不饱|(?:拿去|都拿去|全拿去)(?:喝酒|赌博|吸毒)|(?:天天|整天|总是)(?:喝醉"
            r"|醉醺醺)|酗酒",
            r"听(?:到|见)(?:了)?.{0,8}(?:打|哭|惨叫|尖叫|哭喊|挨打)",
            r"(?:天天|总是|经常|老是)?吼(?:孩子|她|他|女儿|儿子)",
            r"亲(?:她|他|我)的?(?:嘴|嘴巴|嘴唇)|(?:给|买)(?:她|他|我)(?:糖|零食|钱"
            r"|礼物).{0,8}(?:条件是|只要)",
            r"(?:胳膊|手臂|腿|背|脸|手|身)上(?:都是|全是|有|总是)?.{0,8}(?:伤|伤口|烫伤|淤青|疤)",
            r"(?:趁|在)(?:我|她|他)(?:洗澡|换衣服|睡觉)|(?:进|闯进|钻进)(?:我|她|他)?(?:的)?(?:浴室"
            r"|卫生间|洗澡间)",
            r"睡在(?:她|他|我)(?:的)?床上|(?:上|钻)(?:她|他|我)的?床",
            r"(?:看|给.{0,6}看).{0,8}(?:做那种事|黄片|黄色视频|色情|成人视频|那种视频)|做那种事",
            r"揪着?.{0,4}头发|(?:往|朝)墙上(?:摔|撞|推)|(?:摔|推|撞)(?:到|在)?墙上",
            # told vaguely: "对小姑娘做了些什么", "欺负他继女", "很怕他"
            r"对.{0,10}?(?:小姑娘|小女孩|小男孩|女孩|男孩|孩子|小孩|女儿|儿子|继女|继子|学生|孙女|外甥女|侄女|妹妹|弟弟|她|他)(?:做|干)(?:了"
            r"|过|出)?(?:些|一些|什么|那种|奇怪的|不好的|坏|不该做的|见不得人的)?.{0,3}?(?:事|事情|什么)",
            r"欺负(?:了|过|着)?(?:他的|她的|自己的|他|她)?(?:小姑娘|小女孩|小男孩|女孩|男孩|孩子|小孩|女儿|儿子|继女|继子|学生|孙女|外甥女|侄女"
            r"|妹妹|弟弟)",
            r"(?:性侵|强奸|猥亵|侵犯|强暴|骚扰|虐待)(?:了|过|着)?(?:孩子|小孩|学生|女孩|男孩|女生|男生|小女孩|小男孩|队员)",
            r"(?:怕|害怕|惧怕)(?:他|那个男的|那个人|那个叔叔|那个老头)(?!们)",
            r"(?:一见到|一看到|一看见|见到|看到|看见|一听到)(?:他|那个男的|那个人|那个叔叔|那个老头)(?:就)?(?:发抖|哭|躲|害怕|吓得|尖叫|跑)",
            # pictures of naked children kept by someone; a child stripped; a child who will not go
            # near him
            r"扒(?:光|衣服|裤子)",
            r"(?:小孩|孩子|女孩|男孩|小女孩|小男孩|学生)的?(?:裸照|裸体(?:照|视频|图)|不雅(?:照|视频))",
            r"不敢(?:从|经过|走过|靠近|接近|去)(?:他|她)",
        ),
        "contact": (
            r"(?:要|索要|讨要|让.{0,4}发|叫.{0,4}发|发给他).{0,4}(?:照片|裸照|视频|私照|自拍)",
            r"(?:约|想约|要约|想和|想跟|要和|要跟).{0,4}(?:见面|出去|开房)",
            r"想见(?:她|他)",
            r"(?:不要|别|不准|不许)(?:告诉|跟)(?:别人|爸爸|妈妈|家长|父母)",
            r"网友(?:一直|总是|老是|经常|让|要|叫|约)",
            r"(?:网上|网络上|游戏里|微信上|抖音上)(?:有|认识)?(?:个|一个)?(?:男的|男人|陌生人"
            r"|叔叔|人)",
            r"(?:威胁|勒索|敲诈|要挟)(?:我|她|他|说|要)",
            r"(?:开|打开)(?:摄像头|视频|镜头)|视频通话|(?:充|送|给).{0,4}(?:点券|皮肤|钻石|礼物"
            r"|红包|钱)",
            r"说(?:他|她)?喜欢(?:我|她|他)|(?:让|叫|要)(?:我|她|他)去(?:他|她)家|不让(?:我|她"
            r"|他)告诉",
            r"(?:他俩|他们俩|他们|我们俩|我们|咱俩|你俩|你们俩|两个人)的?(?:小)?秘密|(?:这|那)是(?:个|我们的)?秘密",
            r"(?:叫|带|领|骗|喊|约|让)(?:小孩|孩子|小朋友|小女孩|小男孩|女孩|男孩)(?:们)?(?:去|到|进)(?:他|她)(?:的)?(?:屋|家|房间"
            r"|宿舍|车|办公室)",
        ),
        "images": (
            r"裸照|裸体(?:照|视频|图)|私密(?:照|视频)|不雅(?:照|视频)|没穿衣服的(?:照片|视频)",
            r"(?:传|发|散布|传播|发布|分享|卖|转发|曝光)(?:了)?.{0,8}?(?:照片|视频)",
            r"(?:传|发|散布|传播|发布|分享|卖|转发|曝光|出售|贩卖)(?:了)?.{0,14}?(?:照片|视频)",
            r"(?:发现|看到|找到)了?.{0,12}?(?:裸照|没穿衣服)",
        ),
        "harm": (
            r"性侵|强奸|猥亵|性剥削|性虐待|儿童色情",
            r"虐待|家暴|体罚|殴打|忽视|遗弃|敲诈|性勒索",
        ),
        "plea": (
            # not "学生说在家挨打时该怎么做": the title of a guide
            r"救救|救命|帮帮我|帮帮忙|求(?:求)?(?:你们|你|大家)?帮",
            r"(?<!时)(?<!时,)(?:怎么办|该怎么做)",
            r"怎么(?:举报|报警|报案)", r"(?:我|我们)?(?:想|要)(?:举报|报警|报案|投诉)",
            r"(?:在|去)哪(?:里|儿)?(?:举报|报案|报警)", r"向谁(?:举报|求助)",
            r"(?:向|找|跟)谁(?:反映|说|报告|投诉|联系|商量)|(?:该|应该|要|能)找谁",
            r"我(?:怀疑|有点怀疑)",
            r"正常吗|正不正常|是不是正常|这样正常",
        ),
        "citation": (
            r"第[\d一二三四五六七八九十百零]+条", r"《[^》]+》", r"(?:法|条例|规定|办法)第",
            r"判处|判决|被判|有期徒刑|宣判|\d+(?:\.\d+)?%|百分之",
            r"依照.{0,4}法|依法|根据.{0,4}法律|被追究(?:法律)?责任|的(?:父亲|母亲|家长|父母|成年人"
            r"|老师)(?:可以|可|将|会|应)",
        ),
    },
    "de": {
        "victim": (
            r"(?:hat|haben|hatte|hatten) mich (?:[\w-]+ ){0,3}(?:missbraucht|vergewaltigt"
            r"|angefasst|begrapscht|betatscht|befummelt|beruhrt|belastigt|genotigt|ausgezogen"
            r"|gezwungen|angegrapscht)",
            # not "das berührt mich" (moves me) or "die Frist zwingt mich"
            r"(?:fasst|fasste|begrapscht|betatscht|missbraucht|missbrauchte|vergewaltigt"
            r"|vergewaltigte) mich",
            r"ich (?:wurde|bin|war|werde) (?:[\w-]+ ){0,6}(?:missbraucht|vergewaltigt|angefasst"
            r"|begrapscht|belastigt|betatscht|befummelt)",
            r"wurde ich (?:[\w-]+ ){0,5}(?:missbraucht|vergewaltigt|angefasst|begrapscht)",
            r"was (?:er|sie) mir (?:[\w-]+ )?angetan",
            r"ich (?:wurde|bin) (?:[\w-]+ )?opfer (?:[\w-]+ ){0,2}(?:missbrauch|vergewaltigung"
            r"|sexuell)\w*",
            r"ich habe (?:[\w-]+ )?missbrauch (?:erlebt|erfahren)",
            # physical harm, with a subject
            r"(?:er|sie|papa|mama|vater|mutter|stiefvater|stiefmutter|onkel|bruder|eltern)"
            r" (?:[\w-]+ ){0,2}(?:schlagt|schlug|schlagen|verprugelt\w*|prugelt\w*|ohrfeigt\w*"
            r"|sperrt|sperrte|verbrennt|verbrannte|wurgt|wurgte|misshandelt\w*|qualt|qualte) mich",
            r"ich (?:werde|wurde|bin|war) (?:[\w-]+ ){0,4}(?:geschlagen|verprugelt|misshandelt"
            r"|eingesperrt|geohrfeigt)",
            # sextortion: the writer's pictures held over them
            r"(?:droh|erpress)\w*,? (?:[\w-]+,? ){0,5}(?:meine|mein|meinen|mich)(?: [\w-]+)?"
            r" (?:bilder|fotos|videos|nacktbilder|nacktfotos|nudes|aufnahmen)",
            r"erpress\w* mich|mich erpress\w*",
            r"(?:er|sie|jemand|typ|mann) droht mir",
            r"wenn ich (?:ihm|ihr|ihnen) (?:nicht|keine|kein) (?:[\w-]+ ){0,3}(?:schicke|sende"
            r"|schick)|wenn ich (?:nicht )?(?:mehr|keine weiteren|keine nacktbilder) (?:[\w-]+ )?"
            r"(?:schicke|sende)",
            r"(?:er|sie|papa|mama|vater|mutter|stiefvater|stiefmutter|onkel"
            r"|bruder) (?:[\w-]+ ){0,2}"
            r"(?:haut|haute) mich",
            *_held_over(
                r"(?:meine|mein) (?:[\w-]+ )?(?:bilder|fotos|videos|nacktbilder|nacktfotos|nudes)",
                r"wenn ich (?:ihm |ihr |ihnen )?(?:nicht|kein|keine) (?:[\w-]+ ){0,2}(?:zahle"
                r"|bezahle"
                r"|schicke|sende|gebe)|sonst (?:[\w-]+ ){0,3}(?:stellt|postet|schickt|verbreitet"
                r"|zeigt"
                r"|veroffentlicht|ladt)|(?:will|verlangt|fordert) (?:[\w-]+ ){0,2}(?:\d+ ?(?:euro"
                r"|€)"
                r"|geld)"),
            r"\b(?:sonst|ansonsten)\b.{0,40}\b(?:meinem vater|meiner mutter|meinen eltern|papa|mama"
            r"|allen|der ganzen schule|der ganzen klasse)",
            r"fake[- ]?(?:account|profil) (?:[\w-]+ ){0,3}(?:meinem gesicht|meinen fotos"
            r"|meinem foto"
            r"|meinem namen)",
            r"(?:zwingt|zwang|notigt|drangt|uberredet)\w* mich (?:[\w-]+ ){0,3}(?:zu sexuellen"
            r"|zu sex|sachen zu machen|dinge zu tun|mich auszuziehen|ihn anzufassen|anzufassen)",
        ),
        "deed": (
            r"(?:hat|hatte) (?:sie|ihn) (?:[\w-]+ ){0,3}(?:missbraucht|vergewaltigt|angefasst"
            r"|begrapscht|betatscht|befummelt)",
            r"ihn (?:[\w-]+ ){0,3}(?:anfasst|anfasste|angefasst|begrapscht|betatscht|missbraucht"
            r"|vergewaltigt|befummelt)",
            r"(?:fasst|fasste) (?:sie|ihn) (?:[\w-]+ ){0,3}an",
        ),
        "person": (
            r"(?:unser|unsere|unserem|unseren|unserer) (?:tochter|sohn|kind|kleine|kleinen"
            r"|enkelin)",
            r"(?:mein|meine|meinem|meinen|meiner|meines) (?:[\w-]+ )?(?:tochter|sohn|kind|kinder"
            r"|nichte|neffe|enkelin|enkel|schwester|bruder"
            r"|cousine|cousin|stieftochter|stiefsohn|schulerin|schuler|schulerinnen|schulern"
            r"|freundin|freund|patenkind|kleine|kleiner|kleinen|pflegekind|tochterchen|stiefvater"
            r"|onkel|opa|grossvater|vater|nachbar|trainer|lehrer)",
            r"(?:ein|eine|das|der|einem|einer|einen) (?:madchen|junge|jungen|kind|schuler|schulerin"
            r"|teenager) (?:aus|in|an) (?:meiner|meinem|unserer|unserem|der nachbarschaft)",
            r"(?:ihr|ihre|ihrem|ihren|ihrer|sein|seine|seinem|seinen|seiner) (?:stiefvater"
            r"|stiefmutter|vater|mutter|papa|mama|onkel|tante|opa|grossvater|oma|bruder|cousin"
            r"|trainer|lehrer|nachhilfelehrer|nachbar|babysitter|stiefbruder)",
            r"(?:der|die|unser|unsere|ein) nachbar\w*",
            r"\d{1,2}[- ]?jahrig\w*",
            r"(?:als|wo) ich (?:\d{1,2}|klein|ein kind|kind|jung|teenager)",
            r"in meiner kindheit",
            r"ich bin (?:erst |gerade )?\d{1,2}(?: jahre)?(?: alt)?(?= und|,|\.|$)",
            r"(?:sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer) (?:[\w-]+ )?(?:tochter"
            r"|sohn|kleine|kleinen|kleiner|stieftochter|stiefsohn|enkelin|enkel|baby|tochterchen)",
            r"nachbarskind\w*|nachbarsjunge\w*|nachbarsmadchen|kind\w* (?:der|von den"
            r"|vom) nachbarn",
            r"(?:ein|eine|einem|einer|mein|meine|meinem|meinen|meiner) (?:klassenkamerad\w*"
            r"|mitschuler\w*)",
            r"(?:das|ein|der|die) (?:madchen|junge|kind|kleine|baby|kinder) (?:von nebenan"
            r"|von gegenuber|aus dem haus|aus der nachbarschaft|der nachbarn|von oben|von unten)",
            r"bei uns im (?:haus|block|viertel)|(?:in|aus) unserem (?:haus|block|viertel)",
            r"(?:mein|meine|meinem|meiner|meinen|sein|seine|ihr|ihre) (?:stief|halb)(?:bruder"
            r"|schwester)\w*",
            r"(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem"
            r"|unseren) (?:[\w-]+ )?(?:neffen|enkels|enkeln|enkelkind\w*|sohnes|kindes|kindern"
            r"|bruders|cousins|cousinen|nichten|stieftochter|stiefsohnes)",
            r"(?:madchen|junge|jungen|kind|schuler\w*) aus der (?:\w+ )?(?:klasse|\d+\.?|ersten"
            r"|zweiten|dritten|vierten|funften|sechsten|siebten|achten|neunten|zehnten)\w*",
        ),
        "actor": (
            r"(?:ein|der|dieser|unser) (?:lehrer|trainer|nachbar|pfarrer|priester|mann|typ"
            r"|erwachsener|betreuer|stiefvater|onkel)",
            r"(?:ein|der|dieser|unser) (?:vater|papa|erzieher|betreuer|busfahrer|kerl)",
            r"(?:ein|der|dieser|unser|sein|ihr) (?:[\w-]+ )?\w*(?:trainer|lehrer|betreuer"
            r"|erzieher|nachbar)|(?:der|ein|dieser) alte",
            r"(?:ein|der|dieser|unser) (?:hausmeister|pfortner|wachmann|fahrer)",
            r"(?:mein|meine|ihr|ihre|sein|seine) (?:[\w-]+ )?(?:mann|ehemann|partner|ex|frau"
            r"|schwager|schwiegervater|schwiegersohn|mitbewohner|untermieter)",
        ),
        "act": (
            r"(?:missbraucht|missbrauchte|vergewaltigt|vergewaltigte|begrapscht|begrapschte"
            r"|betatscht|betatschte|befummelt|befummelte|angefasst|anfasst|belastigt|belastigte"
            r"|genotigt)",
            r"(?:fasst|fasste) (?:[\w-]+ ){0,3}an",
            r"(?:macht|machte|tut|tat) (?:[\w-]+ ){0,2}(?:sachen|dinge) mit (?:ihr|ihm|mir|uns)",
            r"(?:kommt|kam|geht|ging|schleicht|schlich) (?:[\w-]+ ){0,2}(?:ins|in ihr|in sein"
            r"|in mein|in das|zu ihr ins|zu ihm ins|zu mir ins) (?:zimmer|bett|bad|badezimmer"
            r"|dusche)",
            r"(?:pornos?|nacktbilder|pornografische \w+) (?:[\w-]+ )?(?:gezeigt|zeigt|zeigte)",
            r"zeigt\w* (?:ihr|ihm|mir|ihnen) (?:[\w-]+ )?(?:pornos?|nacktbilder|pornografische)",
            # physical harm and neglect of a particular child; not "schlägt ... vor" (proposes)
            r"(?:schlagt|schlug|verprugelt\w*|prugelt\w*|misshandelt\w*|ohrfeigt\w*|wurgt\w*|qualt"
            r"|qualte|verbrennt|verbrannte) (?:sie|ihn|ihr|ihre|ihren|sein|seine|seinen|seinem|die"
            r"|den|das|mich|meine|meinen|uns|es)(?![^.]*\bvor(?:\W|$))",
            r"sperrt\w* (?:[\w-]+ ){0,3}ein|eingesperrt",
            r"(?:wird|wurde|werden|wurden|ist|war) (?:[\w-]+ ){0,4}(?:geschlagen|verprugelt"
            r"|misshandelt|eingesperrt|geohrfeigt|verbrannt)",
            r"misshandelt",
            r"(?:blaue flecken|blauen flecken|blutergusse|bluterguss|hamatome|striemen|brandwunden"
            r"|brandflecken|zigarettenverbrennungen|veilchen)",
            r"(?:angst|furcht) (?:[\w-]+ ){0,2}(?:nach hause|heimzugehen|heim zu gehen"
            r"|vor (?:ihrem|seinem|dem|meinem) (?:vater|stiefvater|papa|mutter|onkel))",
            r"(?:lasst|liess|lassen) (?:[\w-]+ ){0,3}allein",
            r"(?:nichts|kein essen|nie was|nichts richtiges) zu essen",
            r"verwahrlost\w*",
            # told without naming it
            r"(?:sachen|dinge) (?:[\w-]+ ){0,2}(?:die|was) (?:ich|sie|er) nicht (?:will|mag|wollte"
            r"|mochte)",
            r"(?:intimbereich|untenrum|unten rum|pipimann|schniedel|pimmel|geschlechtsteil\w*)",
            r"(?:zeigt|zeigte) (?:[\w-]+ ){0,2}(?:seinen|sein|seine) (?:[\w-]+ )?(?:penis|pimmel"
            r"|geschlechtsteil\w*|schniedel)",
            r"(?:lasst|liess|lassen|liessen) (?:[\w-]+ ){0,6}allein|ohne essen",
            r"mit (?:dem|einem|ihrem|seinem|der|einer) (?:gurtel|kochloffel|stock|kabel|schuh"
            r"|hausschuh|kleiderbugel|zigarette|bugeleisen|rohrstock|schlauch)",
            r"(?:hat|hatte) (?:[\w-]+ ){0,5}verbrannt",
            r"unter (?:die|meine|ihre|seine|den|das|ihr|mein|ihren|meinen) (?:kleidung|klamotten"
            r"|rock"
            r"|hose|shirt|pulli|t-shirt|unterhose|schlafanzug|pyjama)",
            r"auf (?:seinen|ihren|den) schoss",
            r"lasst (?:ihn|sie|mich) nicht (?:rein|herein|ins haus|nach hause)|(?:sperrt|sperrte"
            r"|wirft"
            r"|warf) (?:ihn|sie|mich) (?:raus|aus)|nachts (?:[\w-]+ )?draussen",
            r"(?:schreit|weint|brullt) (?:[\w-]+ ){0,2}(?:stundenlang|die ganze nacht"
            r"|den ganzen tag"
            r"|tagelang)|(?:keiner|niemand) kummert sich",
            r"uber (?:den|dem|die) (?:herd|feuer|flamme|kerze)|auf (?:den|die) (?:herd|herdplatte)",
            r"(?:sich )?aus(?:zu)?ziehen|ausgezogen|nackt|(?:fotografiert|filmt|filmte) (?:sie|ihn"
            r"|die"
            r"|uns|mich)",
            r"unter(?:m|n)? (?:die |meine |ihre |seine |den |das |ihr |mein |ihren "
            r"|meinen )?(?:kleidung"
            r"|klamotten|rock|hose|shirt|pulli|pullover|t-shirt|unterhose|schlafanzug|pyjama|hemd)",
            r"hungrig|mit leerem magen|(?:versaufen|versauft|vertrinken|vertrinkt|verzocken)\w*"
            r"|(?:standig|immer|jeden tag) (?:betrunken|besoffen|bekifft)",
            r"(?:schlage|schreie|weinen\w*|schreien|klatsch\w*)\b.{0,40}\bgehort|\b(?:hore|horen"
            r"|gehort)"
            r"\b.{0,40}\b(?:schlage|schreie|weinen\w*)",
            r"(?:brullt|brullte|schreit|schrie) (?:[\w-]+ )?(?:seine|ihre|die) (?:kinder|tochter"
            r"|sohn"
            r"|kleine|kleinen)",
            r"(?:auf den mund|auf die lippen) (?:[\w-]+ )?kuss\w*"
            r"|kuss\w* (?:[\w-]+ ){0,3}auf den mund"
            r"|(?:gibt|schenkt|kauft) (?:ihr|ihm|mir) (?:[\w-]+ )?(?:sussigkeiten|geld|geschenke"
            r"|schokolade) (?:[\w-]+ ){0,2}(?:wenn|damit|dafur)",
            r"(?:schnitte|schnittwunden|brandwunden|verbrennungen|narben"
            r"|wunden) (?:[\w-]+ ){0,3}(?:an"
            r"|auf) (?:den |ihren |seinen |meinen )?(?:armen|beinen|handen|rucken|korper)",
            r"wenn ich (?:dusche|bade|mich umziehe|schlafe)|wenn (?:sie|er) (?:duscht|badet"
            r"|sich umzieht"
            r"|schlaft)",
            r"schlaft (?:[\w-]+ )?in (?:ihrem|seinem|meinem) bett|(?:legt"
            r"|legte) sich (?:[\w-]+ )?(?:zu ihr"
            r"|zu ihm|zu mir) ins bett",
            r"(?:gezeigt|zeigt|zeigte) (?:[\w-]+ ){0,6}(?:sex|pornos?|nackte)|(?:leute"
            r"|menschen) sex haben",
            r"an den haaren (?:zieht|zog|gezogen|reisst|riss)|(?:gegen die wand|die treppe runter"
            r"|auf den boden) (?:[\w-]+ )?(?:wirft|warf|geworfen|stosst|schubst|knallt)",
            # told vaguely: "macht was mit dem Madchen", "tut ihr was an", "hat Angst vor ihm"
            r"(?:macht|machte|tut|tat|treibt|trieb) (?:[\w-]+ ){0,2}(?:irgendwas|etwas|was|sachen"
            r"|dinge|komisches|schlimmes|ekliges|perverses) (?:[\w-]+ )?mit (?:dem|der|den|seiner"
            r"|seinem|ihrer|ihrem|meiner|meinem|einem|einer|unserer"
            r"|unserem) (?:[\w-]+ )?(?:madchen|junge|jungen|kind|kindern|kleinen|kleine|tochter"
            r"|sohn|enkel\w*|nichte|neffe\w*|stieftochter|stiefsohn|schuler\w*|cousine|baby)",
            r"tut (?:[\w-]+ ){0,3}(?:was|etwas|weh|gewalt|dinge|sachen) an|angetan|antut",
            r"(?:hat|hatte|haben) (?:[\w-]+ ){0,2}angst vor (?:ihm|dem mann|dem typ|diesem mann"
            r"|dem kerl|dem nachbarn|dem alten)",
            r"(?:zittert|weint|versteckt sich|erstarrt|schreit|bekommt panik"
            r"|kriegt panik) (?:[\w-]+ ){0,2}(?:wenn|sobald|immer wenn) (?:sie|er) (?:ihn"
            r"|den mann) (?:sieht|hort)|(?:zittert|weint|versteckt sich"
            r"|erstarrt) (?:[\w-]+ ){0,2}(?:wenn|sobald) er (?:kommt|da ist|reinkommt)",
            # pictures of naked children kept by someone; a child who will not go near him
            r"(?:macht|machte|tut|tat|treibt|trieb) (?:[\w-]+ ){0,2}(?:irgendwas|etwas|was|sachen"
            r"|dinge|komisches|schlimmes|ekliges|perverses) (?:[\w-]+ )?mit (?:meiner|meinem"
            r"|seiner|seinem|ihrer|ihrem|der|dem) (?:[\w-]+ )?(?:schwester|bruder|cousine|cousin)",
            r"(?:bilder|fotos|videos|aufnahmen) (?:[\w-]+ ){0,2}(?:von )?(?:nackten|nackte"
            r"|nacktem|unbekleideten|entblossten) (?:[\w-]+ )?(?:kindern|kinder|kind|madchen"
            r"|jungen|jungs|minderjahrigen)",
            r"traut sich (?:[\w-]+ ){0,5}nicht (?:mehr )?(?:an (?:seiner|seine|ihm|ihr)|zu (?:ihm"
            r"|ihr)|in seine)",
        ),
        "contact": (
            r"(?:fragt|fragte|bittet|bat|verlangt|verlangte|will|wollte|drangt|drangte|schreibt"
            r"|schrieb) (?:[\w-]+ ){0,5}(?:bildern|bilder|bild|fotos|foto|nacktbilder|nacktfotos"
            r"|videos|video|selfies)",
            r"(?:will|wollte|mochte) sich (?:[\w-]+ ){0,3}treffen",
            r"(?:will|wollte|mochte) (?:ihn|sie) treffen",
            r"(?:schreibt|schrieb|chattet|chattete) (?:[\w-]+ )?(?:mit )?(?:ihr|ihm|meiner|meinem)",
            r"(?:geschenke|geld) (?:schickt|gibt|geschickt)",
            r"(?:niemandem|keinem) (?:etwas )?(?:sagen|erzahlen)", r"unser geheimnis",
            r"(?:bilder|fotos|videos|nacktbilder|nacktfotos) (?:[\w-]+ ){0,3}(?:zu )?(?:schicken"
            r"|senden|machen)",
            r"(?:erpresst|erpresste|erpressen) (?:sie|ihn|mich|uns|meine|meinen|seine|ihre)",
            r"(?:eindeutige|anzugliche|sexuelle|komische|seltsame|intime|versaute) (?:nachrichten"
            r"|angebote|chats|kommentare)",
            r"(?:droht|drohte|drohen)\w* (?:[\w-]+ ){0,4}(?:zu )?(?:veroffentlichen|verschicken"
            r"|posten|zeigen)",
            r"(?:droht|drohte|drohen)\w*,? (?:[\w-]+,? ){0,4}(?:zu )?(?:veroffentlichen|verschicken"
            r"|posten|zeigen|teilen|hochladen|verbreiten)",
            r"(?:schenkt|schenkte|kauft|kaufte|schickt|schickte|gibt"
            r"|gab)\w* (?:[\w-]+ ){0,2}(?:v-?bucks"
            r"|robux|geschenke|geld|skins|guthaben|gutscheine)",
            r"kamera (?:[\w-]+ )?an(?:macht|machen|schaltet|schalten)|videoanruf|videochat|webcam",
            r"sagt (?:[\w-]+ )?(?:er|sie) (?:liebt|mag) (?:mich|sie|ihn)|(?:zu ihm"
            r"|zu ihr) nach hause"
            r" (?:komme|kommen)|ohne es (?:[\w-]+ ){0,2}(?:zu sagen|zu erzahlen)",
            r"(?:ihr|sein|ein) (?:kleines )?geheimnis",
            r"(?:uns|mir|den eltern|seinen eltern|ihren eltern|mama|papa) nichts (?:zu )?(?:sagen"
            r"|erzahlen)|(?:soll|darf) (?:es )?(?:uns|niemandem|keinem) (?:[\w-]+ )?(?:sagen"
            r"|erzahlen)",
            r"(?:soll|darf|solle|durfe) (?:es |das )?(?:niemandem |keinem "
            r"|uns )?nichts (?:[\w-]+ )?(?:sagen|erzahlen|verraten)",
            r"(?:bleibt|bleiben) (?:[\w-]+ )?unter (?:uns|euch|ihnen)",
            r"(?:sussigkeiten|bonbons|schokolade|suses|geld|geschenke) (?:[\w-]+ )?(?:gegeben"
            r"|geschenkt|gekauft|zugesteckt)",
            r"(?:lockt|lockte|holt|holte|nimmt|nahm|ladt|lud)\w* (?:die |ein |kleine )?(?:kinder"
            r"|madchen|jungen|jungs|kleinen) (?:[\w-]+ )?(?:zu sich|in seine|in ihre|mit zu sich"
            r"|mit in seine|zu ihm)",
        ),
        "images": (
            r"nackt\w*(?:bilder|fotos|videos|bild|foto|video)",
            r"nackt\w* (?:bilder|fotos|videos|bild|foto|video)",
            r"(?:intime|anzugliche|sexuelle|freizugige) (?:bilder|fotos|videos)",
            r"(?:bilder|fotos|videos|aufnahmen) von (?:meiner|meinem|ihr|ihm|meinen)",
            r"(?:verbreit|teilt|geteilt|postet|gepostet|verschickt|schickt|hochgeladen|ladt"
            r"|veroffentlich|verkauft)\w* (?:[\w-]+ ){0,3}(?:bilder|fotos|videos|nacktbilder"
            r"|nacktfotos|aufnahmen)",
            r"verschick\w* (?:[\w-]+ ){0,3}(?:bilder|fotos|videos|video|foto|bild|aufnahmen)",
            r"(?:bilder|fotos|videos|aufnahmen) (?:[\w-]+ ){0,3}nackt\w*",
        ),
        "harm": (
            r"(?:missbrauch|vergewaltigung|kinderpornograf|kinderpornograph|ubergriff)\w*",
            r"(?:misshandlung\w*|gewalt|vernachlassigung\w*|kindeswohlgefahrdung|sextortion"
            r"|erpressung)",
        ),
        "plea": (
            r"bitte (?:helfen|hilfe|um hilfe)", r"helft (?:mir|uns)", r"hilf mir",
            r"helfen sie (?:mir|uns)", r"(?:ich brauche|wir brauchen|brauche) hilfe",
            r"(?:ich|wir) (?:will|mochte|muss|mochten|wollen|wurde gern"
            r"|wurde gerne) (?:[\w-]+ ){0,4}"
            r"(?:melden|anzeigen|anzeige erstatten)",
            r"wo (?:kann|soll|muss) (?:ich|man|wir) (?:[\w-]+ ){0,3}(?:melden|anzeigen|hin)",
            r"wie (?:kann|soll) (?:ich|man|wir) (?:[\w-]+ ){0,3}(?:melden|anzeigen)",
            r"was (?:soll|kann) (?:ich|man|wir) (?:tun|machen)",
            r"(?:weiss|weis) nicht (?:was ich|mehr|wem|an wen)", r"an wen (?:kann|soll) ich",
            r"an wen (?:wende|kann|soll|muss) (?:ich|man|wir)",
            r"ich (?:vermute|befurchte)|(?:habe|hab) (?:den |einen )?verdacht",
            r"ist (?:es|das) (?:denn |noch )?normal",
        ),
        "citation": (
            r"§", r"(?:art|artikel|abs|absatz|nr|gesetz|stgb|sgb)\.? ?\d",
            r"\d+[a-z]? (?:stgb|sgb|bgb|jugschg)",
            r"verurteilt|freigesprochen|haftstrafe|(?:jahre|jahren|monate|monaten) haft|urteil"
            r"|prozent",
            r"nach dem (?:neuen )?gesetz|(?:kann|konnen) (?:[\w-]+ ){0,2}(?:belangt|bestraft"
            r"|verfolgt)|strafbar|(?:jeder|jede) (?:vater|mutter|elternteil|erwachsene|lehrer)\w*,?"
            r" (?:der|die)",
        ),
    },
    "tr": {
        "victim": (
            r"(?:bana|beni) (?:[\w-]+ ){0,2}(?:dokun\w*|taciz\w*|istismar\w*|tecavuz\w*|elle\w*"
            r"|zorla\w*|sarkintilik\w*)",
            r"(?:taciz|istismar|tecavuz|saldiri)(?:ya|ye|e|a)? (?:ugradim|edildim|ugramistim"
            r"|ugruyorum|ugradik)\w*",
            r"benden (?:[\w-]+ )?(?:ciplak|ozel|mustehcen) (?:fotograf|foto|resim|video)\w*",
            # physical harm; "dov-" but not "döviz" (currency) or "dövme" (a tattoo)
            r"(?:beni|bizi) (?:[\w-]+ ){0,2}(?:dov(?:uyor|du|er|mus|ecek|mekte|erek|uyorlar|duler"
            r"|uyordu|erdi)\w*|tokatl\w*|kilitl\w*|ac birak\w*)",
            # sextortion: the writer's pictures held over them
            r"tehdit\w* (?:[\w-]+ ){0,4}(?:fotograf|foto|resim|video|goruntu)\w*(?:larimi|lerimi"
            r"|imi"
            r"|mi)",
            r"(?:fotograf|foto|resim|video|goruntu)\w*(?:larimi|lerimi|imi|mi) (?:[\w-]+ ){0,4}"
            r"(?:tehdit|ifsa|santaj)\w*",
            r"bana santaj\w*|beni (?:[\w-]+ )?(?:tehdit|santaj)\w*",
            *_held_over(
                r"(?:fotograf|foto|resim|video|goruntu)\w*(?:larimi|lerimi|imi|mi|larim|lerim)",
                r"(?:gondermezsem|atmazsam|yollamazsam|odemezsem|vermezsem|gostermezsem)"
                r"|yoksa (?:[\w-]+ ){0,3}"
                r"(?:yayin|paylas|at|gonder|yay|ifsa)\w*"
                r"|(?:para|\d+ ?(?:lira|tl)) (?:istiyor|talep)\w*"),
            r"\b(?:yoksa|aksi halde)\b.{0,40}\b(?:babama|anneme|aileme|herkese|okula|sinifa)",
            r"sahte (?:hesap|profil) (?:[\w-]+ ){0,3}(?:yuzumle|fotograflarimla|fotografimla"
            r"|adimla)"
            r"|(?:yuzumle|fotograflarimla|fotografimla|adimla) (?:[\w-]+ ){0,2}sahte (?:hesap"
            r"|profil)",
        ),
        "deed": (
            r"ona (?:[\w-]+ ){0,2}(?:dokun\w*|tecavuz\w*|taciz\w*|sarkintilik\w*|elle\w*)",
            r"onu (?:[\w-]+ ){0,2}(?:taciz|istismar|elle|zorla)\w*",
        ),
        "person": (
            # "my", not "our" (-imiz): "çocuklarımız" is how policy is written
            r"(?:kizim|oglum|cocugum|cocuklarim|yegenim|torunum|kardesim|kiz kardesim"
            r"|erkek kardesim|ogrencim|ogrencilerim|kuzenim|uvey kizim|uvey oglum|bebegim"
            r"|arkadasim)(?!iz)\w*",
            r"(?:sinifim|okulum)(?:da|daki)", r"(?:komsumuz|komsumun|komsunun)\w*",
            r"(?:uvey babasi|uvey annesi|babasi|amcasi|dayisi|enistesi|dedesi|agabeyi|abisi|kuzeni"
            r"|ogretmeni|hocasi|antrenoru|komsusu|amcam|dayim|enistem|dedem|uvey babam|babam)\w*",
            r"\d{1,2} yasindaki (?:kiz|oglan|cocuk|ogrenci|bir)\w*",
            r"\d{1,2} yasindaydim", r"kucukken", r"cocukken", r"\d{1,2} yasindayim",
            r"(?:kizini|oglunu|cocugunu|bebegini|kizina|ogluna|cocuguna|kizinin|oglunun|cocugunun)",
            r"(?:komsu|yan dairedeki|alt kattaki|ust kattaki)\w*",
            r"sinif arkadasim\w*",
            r"ben \d{1,2} yasinda\w*",
            r"(?:apartman|sokag|mahalle|site|bina)\w*(?:da|de|daki"
            r"|deki) (?:[\w-]+ )?(?:bir )?(?:kucuk )?"
            r"(?:cocuk|kiz|oglan|bebek)",
            r"(?:uvey )?(?:abim|ablam|agabeyim)\w*",
            r"(?:apartman|sokag|mahalle|site|bina)\w*(?:da|de|daki"
            r"|deki) (?:[\w-]+ )?(?:bir )?(?:kucuk )?(?:cocu|kiz|oglan|bebe)\w*",
            r"\w+ kattaki (?:[\w-]+ )?(?:kiz|oglan|cocu|bebe|kucu)\w*",
            r"(?:sinif|okul)\w* (?:[\w-]+ )?(?:bir )?(?:kiz|oglan|cocu|ogrenci)\w*",
        ),
        "actor": (
            r"bir (?:adam|ogretmen|antrenor|komsu|imam|hoca|abi|amca)",
            r"(?:birisi|yabanci bir)",
            r"(?:yasli|yabanci|o|su|bu) adam\w*",
            r"(?:kapici|bekci|servis soforu|sofor)\w*",
            r"(?:kocam|esim|sevgilim|enistem|kayinpederim|damadim|kocasi|sevgilisi|eski esim)\w*",
        ),
        "act": (
            r"(?:taciz|istismar|tecavuz|saldiri)(?:ya|ye|e|a)? (?:et|ed|edil|ugra|yap)\w*",
            r"dokun(?:du|uyor|an|mus|ur|acak|dug|makta)\w*",
            r"(?:elle(?:di|diyor|mis|yen)|elliyor)\w*", r"sarkintilik\w*",
            r"(?:kotu|yanlis|garip|uygunsuz) (?:seyler|sekilde) (?:yap|dokun)\w*",
            r"soy(?:du|mus|uyor|arak)\w*", r"soyundur\w*",
            r"(?:odama|odasina|yatagima|yatagina|banyoya) (?:[\w-]+ )?(?:gel|gir)\w*",
            # physical harm and neglect of a particular child
            r"dov(?:uyor|du|er|mus|ecek|meye|mekte|erek|uyorlar|duler|uyordu|erdi|uldu|uluyor"
            r"|ulmus)\w*",
            r"(?:tokat (?:at|atti|atiyor|atar)|tokatl(?:iyor|adi|ar|amis))\w*",
            r"(?:kilitl(?:iyor|edi|er|emis|eyip)|kilitli (?:tutuyor|birakiyor))\w*",
            r"sigara(?:yla|ile) yak\w*",
            r"ac (?:birak|kal)\w*|yemek vermiyor\w*",
            r"(?:morluk|morarma|yara bere|morart|darp izi|dayak izi|yanik izi)\w*",
            r"(?:siddet|dayak|kotu muamele|eziyet) (?:goruyor|gordu|gormus|yiyor|yedi|yemis|ediyor"
            r"|cekiyor|uyguluyor|uyguladi)\w*",
            r"(?:siddete|kotu muameleye|istismara|ihmale) (?:ugruyor|ugradi|ugramis)\w*",
            r"(?:eve gitmekten|eve donmekten|babasindan|annesinden|uvey babasindan) (?:cok )?"
            r"(?:korkuyor|korkuyordu)\w*",
            r"(?:yalniz|tek basina) (?:birak|kal)\w*",
            # told without naming it
            r"(?:ozel yer|ozel bolge|mahrem yer|cinsel organ|pipi)\w*",
            r"(?:hoslanmadigim|istemedigim|sevmedigim|hoslanmadigi|istemedigi) (?:seyler|seyleri"
            r"|sekilde)",
            r"(?:kiyafet|elbise|etek|tisort|pantolon|don|atlet|pijama)\w* (?:altina|icine)",
            r"kucag(?:ina|inda) otur\w*",
            r"(?:kemer|terlik|sopa|kablo|sigara|utu|hortum)(?:le|la|yla|yle) (?:dov|vur|yak)\w*",
            r"eve (?:almiyor|almiyorlar|sokmuyor)|evden (?:kovuyor|kovdu|atiyor|atti)"
            r"|gece (?:[\w-]+ ){0,3}"
            r"disarida",
            r"saatlerce (?:agliyor|bagiriyor)|kimse (?:ilgilenmiyor|bakmiyor|gelmiyor)",
            r"(?:ocag|ates|soba|utu)\w* (?:ustunde|ustune|icine)|(?:atese|ocaga|sobaya) (?:tut"
            r"|bas)\w*",
            r"bogazl\w*|bogazini sik\w*",
            r"(?:ciplak|cirilciplak)|fotograf\w* cek\w*|video\w* (?:cek|al)\w*",
            r"(?:kiyafet|elbise|etek|tisort|pantolon|don|atlet|pijama|gomlek|kazak)\w* (?:altina"
            r"|altindan|icine|icinden)",
            r"(?:okula|eve) ac (?:geliyor|gidiyor|geliyordu)|ac kal\w*|(?:ickiye|kumara"
            r"|uyusturucuya)"
            r" (?:harciyor|veriyor|yatiriyor)\w*|(?:surekli|hep|her gun) sarhos",
            r"(?:vurma|dayak|tokat|bagirma|cigl\w*) ses\w*|aglayan bir (?:cocuk|bebek)",
            r"(?:cocuklarina|kizina|ogluna|bebegine) (?:[\w-]+ )?bagiriyor\w*",
            r"dudag\w* (?:[\w-]+ )?op\w*|(?:seker|para|hediye|cikolata)\w* (?:verip|veriyor|aliyor)"
            r" (?:[\w-]+ ){0,3}(?:karsilig|izin|ops|opm)\w*",
            r"(?:dus|banyo) (?:alirken|yaparken|yaptigimda|aldigimda)|(?:uyurken|soyunurken"
            r"|giyinirken)",
            r"(?:sacindan|kulagindan) (?:[\w-]+ )?(?:surukl|cek)\w*|duvara (?:[\w-]+ )?(?:firlat"
            r"|carp|vur|it)\w*",
            r"yatag(?:inda|ina|imda|ima) (?:[\w-]+ ){0,2}(?:yatiyor|uyuyor|giriyor)",
            r"(?:seks|cinsel|mustehcen|porno)\w* (?:video|film)\w*|(?:video|film)\w* (?:izlet"
            r"|goster)\w*",
            # told vaguely: "kiza bir seyler yapiyor", "ondan korkuyor"
            r"(?:kiz|oglan|ogl|cocu|bebe|yegen|torun|ogrenci|kuzen|kardes|on)\w*(?:a|e|ya|ye|na"
            r"|ne) (?:[\w-]+ )?(?:bir seyler|biseyler|seyler|bisey|bir sey|kotu seyler|kotuluk"
            r"|garip seyler|tuhaf seyler|pis seyler|zarar|eziyet) (?:yapiyor|yapti|yapmis|yapar"
            r"|yapiyordu|veriyor|verdi|ediyor)\w*",
            r"(?:ondan|adamdan|amcadan|komsudan|hocasindan|ogretmeninden|antrenorunden"
            r"|o adamdan) (?:[\w-]+ ){0,2}kork\w*",
            r"(?:onu|adami) (?:gorunce|gordugunde|gorur gormez|duyunca) (?:[\w-]+ )?(?:titri|agli"
            r"|sakla|kac|bagir|kork)\w*",
            # pictures of naked children kept by someone; a child undressed
            r"soyul\w*|soyunduru\w*",
            r"(?:ciplak|cirilciplak|soyunmus|ustsuz) (?:[\w-]+ )?(?:cocuk|kiz|oglan|bebek|ogrenci"
            r"|kucuk)\w* (?:[\w-]+ )?(?:fotograf|foto|resim|video|goruntu)\w*",
            r"(?:cocuk|kiz|oglan|kucuk)\w* (?:[\w-]+ )?ciplak (?:fotograf|foto|resim|video"
            r"|goruntu)\w*",
        ),
        "contact": (
            r"(?:fotograf|foto|resim|video|goruntu|ciplak)\w* (?:ist|gonder)\w*",
            r"(?:bulus(?:mak|alim|maya|mayi)|gorusmek ist)\w*",
            r"(?:surekli|hep) mesaj (?:at|gonder|yaz)\w*", r"kimseye (?:soyleme|anlatma)\w*",
            r"(?:uygunsuz|cinsel|mustehcen|garip) (?:mesaj|yazi|soz)\w*",
            r"(?:tehdit|santaj|ifsa) (?:ediyor|etti|etmis|ediyorlar|edecek|yapiyor|yapti|yapmis)\w*"
            r"|tehdit\w* (?:[\w-]+ )?(?:paylas|yay|gonder|at|goster)\w*",
            r"(?:hediye|para|oyun parasi|skin|elmas)\w* (?:[\w-]+ )?(?:gonder|yolla|veriyor|verdi"
            r"|al)\w*",
            r"kamera\w* ac\w*|goruntulu (?:ara|konus)\w*",
            r"(?:beni|onu) sevdigini|(?:anneme|babama|kimseye) (?:soylemeden|soyleme|anlatmadan)"
            r"|evine (?:gelmemi|gelmesini|cagiriyor)",
            r"(?:bize|annesine|babasina|ailesine|annene|babana|ailene|anneme"
            r"|babama) (?:[\w-]+ )?(?:soyleme|anlatma|soylemesin|soylememesini|anlatmamasini)\w*",
            r"selfie\w* (?:ist|iste|gonder)\w*",
            r"(?:ikimizin|aramizdaki|bizim|onlarin) (?:kucuk )?sir\w*|sirrimiz\w*|aramizda kalsin",
            r"(?:aranizda|aramizda|aralarinda|ikinizin|ikimizin) (?:[\w-]+ )?(?:bir )?sir\w*",
            r"(?:seker|cikolata|sakiz|harclik)\w* (?:[\w-]+ )?(?:verdi|veriyor|aldi|aliyor"
            r"|gonder)\w*",
        ),
        "images": (
            r"(?:ciplak|mustehcen|cinsel|ozel|uygunsuz) (?:fotograf|foto|resim|video|goruntu)\w*",
            r"(?:fotograf|foto|resim|video|goruntu)\w* (?:[\w-]+ ){0,2}(?:paylas|yayil|yay|gonder"
            r"|sat)\w*",
        ),
        "harm": (
            r"(?:istismar|taciz|tecavuz|cinsel saldiri)\w*",
            r"(?:siddet|dayak|ihmal|kotu muamele|santaj)\w*",
        ),
        "plea": (
            r"yardim ed(?:in|er misiniz|ebilir misiniz)\w*", r"lutfen yardim",
            r"yardim(?:ci)? olun", r"imdat",
            r"(?:ihbar|sikayet|bildir)\w* (?:etmek|etmem|etmeliyim|istiyorum)\w*",
            r"nereye (?:bildir|basvur|sikayet|ihbar|gidebilir|gitmeli)\w*",
            r"(?:nasil|kime) (?:bildir|sikayet|ihbar|basvur|anlat)\w*",
            r"ne yap(?:mali|acag|ayim)\w*",
            r"suphe(?:leniyorum|lendim|lensem|leniyoruz|m var)\w*",
            r"normal mi\w*",
        ),
        "citation": (
            r"(?:madde|maddesi|md|kanun|kanunu|yonetmelik|tck|cmk)\.? ?\d",
            r"\d+\.? (?:madde|maddesi)", r"\d+ sayili",
            r"(?:hapis cezasi|mahkum edil|beraat|yil hapis|yuzde)\w*|%\d",
            r"(?:yasa|kanun)(?:ya|a|sina|una) gore|yargilanabilir|cezalandirilir|(?:doven|siddet"
            r" uygulayan|istismar eden) (?:bir )?(?:baba|anne|ebeveyn|yetiskin|ogretmen)",
        ),
    },
    "sw": {
        "victim": (
            r"\w*(?:li|me|na|ki|ka)(?:ye)?ni(?:nyanyas|bak(?:a|wa)|gus|dhulum|lawit|shik|vua)\w*",
            r"ni(?:li|me|na|ki)(?:nyanyasw|bakw|gusw|dhulumiw|lawitiw)\w*",
            r"\w*(?:li|me|na|ki)nitumi\w* (?:[\w-]+ )?(?:picha|video) (?:za |ya )?(?:uchi|chafu"
            r"|ngono)",
            r"(?:nili|nime)fanyiwa (?:vitendo|mambo|ukatili|unyanyasaji)",
            # physical harm; not "kunipigia simu" (to call me) or "kupiga picha" (to take photos)
            r"\w*(?:li|me|na|ki|ta|ka|ku)(?:ye)?ni(?:piga|chapa|tesa|dhalilish\w*|fungia (?:ndani"
            r"|chumbani))(?! (?:simu|picha|kelele|kura))",
            r"ni(?:li|me|na|ki)(?:pigwa|chapwa|teswa|dhalilishwa|fungiwa)\w*(?! (?:marufuku|faini"
            r"|picha|kura))",
            r"\w*(?:li|me|na|ki)ninyima chakula",
            r"\w*(?:li|me|na|ki)nichezea (?:vibaya|sehemu|mwili)\w*",
            # sextortion: the writer's pictures held over them
            r"\w*(?:li|me|na|ki|ta)nitishia\w*|nisipom(?:tumia|lipa)\w*",
            r"picha (?:zangu|yangu) (?:[\w-]+ ){0,4}\w*(?:sambaz|weka|tuma|post|onyesh|anik"
            r"|vujish)\w*",
            r"\w*(?:sambaz|weka|post|onyesh|anik|vujish)\w* (?:[\w-]+ ){0,2}picha (?:zangu|yangu)",
            *_held_over(
                r"picha (?:zangu|yangu)",
                r"nisipo(?:m|wa)?(?:tumia|lipa|pa|tuma)\w*|(?:la sivyo"
                r"|vinginevyo) (?:[\w-]+ ){0,2}\w*(?:sambaz"
                r"|tum|weka|onyesh|post)"
                r"\w*|\w*taka (?:[\w-]+ ){0,2}(?:pesa|shilingi|\d+)"),
            r"\b(?:la sivyo|vinginevyo)\b.{0,40}\b(?:baba yangu|mama yangu|wazazi wangu|kila mtu"
            r"|wote"
            r"|shule nzima)",
            r"akaunti (?:feki|bandia) (?:[\w-]+ ){0,3}(?:uso wangu|picha zangu|picha yangu"
            r"|jina langu)",
        ),
        "deed": (
            # not -gus- (touch) here: "linamgusa" also means "concerns him"
            r"\w*(?:li|me|na|ki|ka|ta)(?:ye|o)?(?:m|mw)(?:nyanyas|bak(?:a|e|i)|dhulum|lawit|shik"
            r"|tong)\w*",
            r"a(?:li|me|na|ki)(?:nyanyasw|bakw|dhulumiw|lawitiw)\w*",
            r"\w*(?:li|me|na|ki|ka|ta)(?:ye|o)?(?:m|mw)dhalilish\w*",
        ),
        "person": (
            r"(?:mtoto|binti|mwana|kijana|mpwa|mjukuu|dada|kaka|mdogo|mwanafunzi|rafiki|msichana"
            r"|mvulana|mtoto wa kike|mtoto wa kiume) (?:[\w-]+ )?(?:wangu|yangu|langu)",
            r"mwanangu|wanangu|mwanetu",
            r"(?:msichana|mvulana|mtoto|mwanafunzi) (?:mmoja )?(?:wa |katika )?(?:darasa|darasani"
            r"|shule|shuleni|mtaa|mtaani) (?:kwetu|kwangu|langu|letu|yetu|yangu)",
            r"(?:baba|mama) (?:yake |yangu )?wa kambo",
            r"(?:baba|mama|mjomba|shangazi|babu|bibi|binamu|kaka|mwalimu|kocha) (?:yake|wake)",
            r"(?:mjomba|shangazi|babu|binamu|kaka|mwalimu|jirani) (?:yangu|wangu|yetu|wetu)",
            r"nilipokuwa", r"nikiwa (?:mdogo|mtoto|na miaka)", r"nina miaka \d{1,2}",
            r"(?:mtoto|binti|mwana|kijana|mjukuu|mpwa|msichana|mvulana|watoto|mabinti) (?:[\w-]+ )?"
            r"(?:wake|yake|zake)",
            r"(?:mtoto|watoto|binti|msichana|mvulana) (?:wa|za) (?:jirani|majirani)",
            r"mwanafunzi mwenzangu|mwenzangu wa darasa\w*",
            r"(?:mtoto|msichana|mvulana|binti|kijana|mwanafunzi) (?:[\w-]+ ){0,2}(?:wa|mwenye)"
            r" (?:umri wa )?miaka \d{1,2}",
            r"(?:msichana|mvulana|mtoto|binti|kijana|mwanafunzi)(?: (?:mdogo|mmoja"
            r"|mchanga))? (?:wa|kutoka|katika) (?:[\w-]+ ){0,2}(?:mtaa|jengo|nyumba|ghorofa"
            r"|kijiji|eneo|shule|darasa|kwetu)\w*",
        ),
        "actor": (
            r"(?:mwalimu|kocha|jirani|mwanaume|mchungaji|mzee) (?:mmoja|huyo|huyu|fulani)",
            r"mjomba",
            r"jirani|kuna mtu|mtu (?:mmoja|fulani)|mwanaume",
            r"majirani",
            r"mzee",
            r"(?:mlinzi|dereva|mlezi|mhudumu)(?: (?:wa|huyo|huyu|mmoja)\b)?",
            r"(?:mume|mpenzi|shemeji|mkwe|baba mkwe) (?:wangu|yangu|wake|yake)",
        ),
        "act": (
            r"\w*(?:li|me|na|ki|ta|nge|ka)(?:ye|o|cho)?(?:m|mw|ni|wa|ku|tu|mu)?(?:nyanyas|bak(?:a"
            r"|wa"
            r"|we)|dhulum|lawit)\w*",
            r"\w*(?:li|me|na|ki|ta)(?:ye|o)?(?:m|mw|ni|wa|ku|tu)(?:gus|shik)\w*",
            r"\w*(?:li|me|na|ki)gusw\w*",
            r"\w*fanyi\w* (?:vitendo|mambo|unyanyasaji|ukatili|ubakaji|mapenzi)\w*",
            r"(?:mambo|vitendo) (?:mabaya|vibaya|machafu|ya aibu)",
            r"\w*(?:m|mw|ni)lazimish\w*", r"\w*vua nguo",
            r"\w*ingia (?:[\w-]+ )?(?:chumbani|kitandani|bafuni)",
            # physical harm and neglect of a particular child
            r"\w*(?:li|me|na|ki|ta|nge|ka)(?:ye|o)?(?:m|mw|wa)(?:piga|chapa|tesa|fungia (?:ndani"
            r"|chumbani))(?! (?:simu|picha|kelele|kura|marufuku|hatua|faini))",
            r"(?:a|wa|u)(?:li|me|na|ki|ta)(?:pigwa|chapwa|teswa|fungiwa)\w*(?! (?:marufuku|faini"
            r"|picha|kura))",
            r"(?:vipigo|michubuko|makovu|majeraha|alama za (?:vipigo|kupigwa|viboko|kuungua|moto)"
            r"|amechomwa|alichomwa|anachomwa)",
            r"\w*(?:m|wa)nyima chakula|\w*nyimwa chakula|(?:hampi|hawapi|hawampi|hapewi|hawapewi)"
            r" chakula|\w*achwa peke (?:yake|yao)|\w*(?:m|wa)acha peke (?:yake|yao)",
            r"\w*ogopa kurudi nyumbani|\w*ogopa (?:baba|mama) (?:yake|wake)",
            # told without naming it
            r"\w*(?:li|me|na|ki)(?:m|mw|ni|wa)?(?:dhalilish\w*|chezea (?:vibaya|sehemu))",
            r"sehemu (?:zake |zangu )?za siri",
            r"\w*(?:m|wa)acha (?:[\w-]+ ){0,4}peke (?:yake|yao)",
            r"\w*(?:li|me|na|ki|ta)(?:m|mw|wa|ni)chom(?:a|wa)(?! sindano)",
            r"kwa (?:mkanda|fimbo|sigara|mwiko|waya|kiboko|ubapa|pasi|bomba)",
            r"mkono (?:[\w-]+ ){0,2}(?:ndani ya|chini ya) (?:nguo|sketi|gauni|suruali|chupi"
            r"|kaptula)",
            r"mapajani",
            r"(?:ham|hawam|hawa)ruhusu kuingia|\w*fukuza nyumbani|nje usiku",
            r"\w*lia kwa masaa|hakuna (?:anayemjali|anayemwangalia|anayemhudumia)",
            r"juu ya moto|kwenye moto|motoni|maji ya moto",
            r"\w*kaba koo|\w*(?:m|ni|wa)kaba\b",
            r"(?:ndani ya|chini ya) (?:nguo|shati|sketi|gauni|suruali|chupi|kaptula|fulana|blauzi)",
            r"(?:na|kwa) njaa|pesa zote kwa (?:pombe|madawa|bangi)|(?:walevi|mlevi|amelewa|wanalewa"
            r"|kulewa)",
            r"(?:nilisikia|ninasikia|nasikia|husikia|tulisikia) (?:[\w-]+ ){0,5}(?:vipigo|kelele"
            r"|akilia|kilio|kupigwa|analia|wakilia)",
            r"\w*(?:wa|m|mw)fokea (?:watoto|mtoto|binti|mwana)\w*",
            r"\w*busu mdomoni|\w*(?:m|ni|wa)pa (?:pipi|pesa|zawadi|chokoleti) (?:[\w-]+ )?(?:aki"
            r"|ili"
            r"|kama)\w*",
            r"(?:nikiwa|akiwa) (?:naoga|anaoga|nalala|analala|nabadilisha nguo|anabadilisha nguo)",
            r"\w*(?:m|ni|wa)vuta nywele|\w*(?:m|ni|wa)tupa ukutani|ukutani|\w*(?:m|ni|wa)sukuma"
            r" (?:[\w-]+ )?(?:ngazi|chini)",
            r"\w*lala (?:[\w-]+ )?kitandani (?:kwake|kwangu|mwake)|\w*lala (?:nae|naye"
            r"|nami) kitanda",
            r"video za (?:ngono|watu wakifanya mapenzi|kufanya mapenzi)"
            r"|\w*onyesha (?:[\w-]+ ){0,4}(?:ngono"
            r"|mapenzi|uchi)",
            # told vaguely: "anamfanyia kitu msichana", "anamdhuru", "anamwogopa"
            r"\w*(?:m|mw|wa)fanyia (?:[\w-]+ )?(?:kitu|vitu|jambo|ubaya|mabaya|ujinga|uchafu"
            r"|vibaya)",
            r"\w*(?:li|me|na|ki|ta|ka)(?:m|mw|wa)dhuru\w*",
            r"\w*(?:na|li|me|ki)(?:m|mw|mu)ogopa\w*",
            r"\w*(?:tetemeka|lia|kimbia|jificha|ogopa)\w* (?:[\w-]+ )?(?:akimwona|anapomwona"
            r"|akimsikia|anapokuja|akija)",
            # pictures of naked children kept by someone; a child who will not go near him
            r"\w*(?:m|mw|wa)fanyia (?:[\w-]+ ){0,3}(?:mambo|vitu|kitu|jambo|ubaya|mabaya|vitendo)",
            r"(?:picha|video) (?:za |ya )?(?:watoto|mtoto|wasichana|wavulana|msichana|mvulana"
            r"|vijana)\w* (?:[\w-]+ ){0,2}(?:wakiwa |akiwa )?(?:uchi|bila nguo)",
            r"\w*ogopa (?:kupita|kukaribia|kwenda kwake|kukaa naye)",
        ),
        "contact": (
            r"\w*omba (?:[\w-]+ ){0,6}picha",
            r"\w*taka kukutana (?:na|nae|naye)\w*", r"\w*taka kuonana",
            r"\w*tumia (?:[\w-]+ ){0,2}(?:ujumbe|jumbe|picha|pesa|zawadi)",
            r"usimwambie mtu|siri yetu|usimwambie", r"\w*tishia\w*",
            r"\w*taka (?:[\w-]+ )?(?:wakutane|akutane|tukutane|kukutana|kuonana|waonane|kumuona"
            r"|kumwona|aonane)",
            r"\w*(?:m|wa)tumia (?:[\w-]+ ){0,2}(?:meseji|sms|ujumbe|zawadi|pesa)",
            r"\w*(?:m|wa)pa (?:[\w-]+ ){0,2}(?:zawadi|pesa|vocha|salio)",
            r"\w*washe kamera|simu ya video|video call",
            r"\w*(?:li|na|me)(?:ni|m|mw)penda\b|(?:niende|aende) kwake|bila kumwambia (?:mama|baba"
            r"|mtu)",
            r"\w*omba (?:[\w-]+ ){0,6}selfie",
            r"asi(?:tu|wa|ni|m|mw)?ambie\w*|usi(?:tu|wa|ni)ambie\w*|siri (?:yao|yenu|kati yao)",
            r"\w*(?:wa|m|mw)(?:ita|ingiza|peleka|karibisha|vuta)\w* (?:watoto|mtoto|wasichana"
            r"|wavulana|msichana|mvulana)? ?(?:[\w-]+ )?(?:nyumbani kwake|chumbani kwake|kwake"
            r"|ndani ya nyumba yake)",
            r"nisi(?:m|mw|wa)?ambie\w*",
            r"siri (?:yao|yetu|yenu)(?: wawili)?",
        ),
        "images": (
            r"picha (?:za )?(?:uchi|chafu|ngono|zisizofaa)",
            r"video (?:za |ya )?(?:uchi|chafu|ngono)",
            r"\w*sambaz\w* (?:[\w-]+ ){0,2}(?:picha|video)",
            r"(?:picha|video) (?:[\w-]+ ){0,3}\w*sambaz\w*",
            r"picha (?:zake|za mwanangu|za binti|za mtoto wangu)",
            r"(?:picha|video)\w* (?:[\w-]+ ){0,4}(?:akiwa |wakiwa )?uchi",
            r"\w*(?:uza|uzwa)\w* (?:[\w-]+ ){0,2}(?:picha|video)",
        ),
        "harm": (
            r"(?:unyanyasaji|ubakaji|ukatili|udhalilishaji)\w*",
            r"(?:kipigo|vipigo|utelekezaji|kutelekezwa)\w*",
        ),
        "plea": (
            r"nisaidie\w*", r"tusaidie\w*", r"naomba (?:msaada|mnisaidie|usaidizi)",
            r"msaada (?:tafadhali|jamani)", r"tafadhali (?:nisaidie|msaada|saidia)\w*",
            r"(?:nataka|ninataka|ningependa|tunataka) (?:kuripoti|kushtaki|kutoa taarifa)",
            r"(?:niripoti|nitaripoti|niende|nikaripoti) wapi", r"(?:naweza|nitaripoti) \w* ?wapi",
            r"nifanye nini|tufanye nini|sijui (?:nifanye|la kufanya)",
            r"n(?:a|ina|ili)shuku\w*|nina (?:shaka|wasiwasi)",
            r"ni kawaida|kawaida (?:kweli|hii)",
        ),
        "citation": (
            r"(?:kifungu|sheria|sura|kanuni|ibara)(?: na\.?| cha| ya)? \d",
            r"ya mwaka (?:19|20)\d\d",
            r"(?:ali|ame|wali|wame)hukumiwa|kifungo cha|jela (?:miaka|kwa)|asilimia",
            r"chini ya sheria|kwa mujibu wa sheria|(?:anaweza|wanaweza) kushtakiwa|(?:baba|mama"
            r"|mzazi"
            r"|mtu|mwalimu) yeyote",
        ),
    },
    "hi": {
        "victim": (
            # not "मुझे गलत जानकारी दी गई" (I was given wrong figures)
            r"(?:मुझे|मुझको) (?:\S+ ){0,3}(?:छुआ|छूता|छूते|छू|छेड़\S*|(?:गलत|गंदे|गंदी) (?:तरीके"
            r"|ढंग"
            r"|जगह|तरह|नज़र))",
            r"(?:मेरे|मेरी) साथ (?:\S+ ){0,3}(?:गलत|बलात्कार|रेप|छेड़छाड़|जबरदस्ती|गंदा|गंदी)",
            r"मेरा (?:\S+ ){0,2}(?:यौन शोषण|शोषण|बलात्कार|रेप)",
            r"(?:mujhe|mujhko) (?:\S+ ){0,2}(?:chhua|chua|chhuta|touch)",
            r"(?:mere|meri) (?:saath|sath) (?:\S+ ){0,3}(?:galat|rape|balatkar|gandi|ganda)",
            # physical harm
            r"(?:मुझे|मुझको|हमें) (?:\S+ ){0,3}(?:मारता|मारती|मारते|मारा|मारी|पीटता|पीटती|पीटते|पीटा"
            r"|पीटी|जलाता|जलाया)",
            r"(?:mujhe|mujhko|humein|hume) (?:\S+ ){0,3}(?:maar(?:ta|ti|te|tey|a|i|e)|marta|marti"
            r"|marte|martey|mara|peet\S*|pit(?:ai|ta|ti|te)\S*|jala(?:ta|ti|te|ya))",
            # sextortion: the writer's pictures held over them
            # spread by someone else: not "मेरी फोटो अपलोड कर दूँगा" (I'll upload my photo)
            r"मेरी (?:\S+ )?(?:फोटो|तस्वीर\S*|वीडियो|पिक\S*) (?:\S+ ){0,3}(?:(?:वायरल|फैला|लीक)\S*"
            r"|(?:डाल|भेज|पोस्ट|शेयर|अपलोड|कर) (?:देगा|देगी|देंगे))",
            r"(?:meri|mere|mera) (?:\S+ )?(?:photos?|pics?|videos?|tasveer\S*"
            r"|foto\S*) (?:\S+ ){0,3}"
            r"(?:(?:viral|leak|phaila)\S*|(?:daal|dal|bhej|post|share|upload|kar) (?:dega|degi"
            r"|denge))",
            # "if I don't send him more": not "if I don't send the report"
            r"(?:अगर|नहीं तो) (?:मैं|मैंने) (?:\S+ ){0,2}(?:और|उसे|उसको|फोटो|तस्वीर\S*"
            r"|वीडियो) (?:\S+ ){0,2}"
            r"(?:नहीं|ना) (?:भेजी|भेजे|भेजा|भेजूं|भेजती|भेजता)",
            r"(?:agar|nahi to) (?:main|maine|mai|mein|me) (?:\S+ ){0,2}(?:aur|zyada|usko|use"
            r"|photos?"
            r"|pics?|videos?) (?:\S+ ){0,2}(?:nahi|nhi|na) (?:bheji|bheje|bheja|bhejungi|bhejunga"
            r"|bheju"
            r"|bhejti|bhejta)",
            r"(?:मुझे|मुझको) (?:\S+ ){0,2}(?:ब्लैकमेल|धमकी|धमका)\S*",
            r"(?:mujhe|mujhko) (?:\S+ ){0,2}(?:blackmail|dhamki|dhamka)\S*",
            *_held_over(
                r"(?:meri|mere) (?:\S+ )?(?:photos?|pics?|videos?|tasveer\S*|foto\S*)"
                r"|मेरी (?:\S+ )?(?:फोटो|तस्वीर\S*|वीडियो)",
                r"agar (?:\S+ ){0,3}(?:nahi|nhi|na) (?:diye|di|diya|bheji|bheje|bheja|bheju"
                r"|bhejungi"
                r"|bhejunga|dungi|dunga)|nahi (?:diye|di|bheji|bheje|bheja) to|warna|paise (?:maang"
                r"|mang)"
                r"\S*|अगर (?:\S+ ){0,3}(?:नहीं|ना) (?:दिए|दी|भेजी|भेजे|भेजा|भेजूं)|नहीं (?:दिए|भेजी|भेजे) तो"
                r"|वरना|पैसे (?:माँग|मांग)\S*"),
            r"\b(?:warna|nahi to)\b.{0,40}\b(?:papa|mummy|maa|ghar wal\S*|sab ko|sabko|sabhi)"
            r"|(?:वरना|नहीं तो).{0,40}(?:पापा|मम्मी|माँ|घरवालों|सबको)",
            r"fake (?:account|id|profile) (?:\S+ ){0,3}(?:meri|mera)|(?:meri"
            r"|mera) (?:\S+ ){0,3}fake"
            r" (?:account|id|profile)|(?:मेरी|मेरा) (?:\S+ ){0,3}(?:फर्जी|फेक) (?:अकाउंट|आईडी)",
            r"(?:mujhe|mujhko) (?:\S+ ){0,2}(?:chhoote|chhute|chhooti|chhuti|choote|chute|chhoo"
            r"|chhu)",
            r"(?:mujhse|mujhe) (?:\S+ ){0,3}(?:gandi|gande|galat|ganda) (?:\S+ )?(?:karwata"
            r"|karwate|karvata|karwaya|karati|karate)|मुझसे (?:\S+ ){0,3}(?:गंदी|गंदे"
            r"|गलत) (?:\S+ )?(?:करवाता|करवाते|करवाया)",
        ),
        "deed": (
            r"(?:उसे|उसको) (?:\S+ ){0,3}(?:छुआ|छूता|छूते|छू रहा|छेड़\S*)",
            r"(?:उसके|उसकी) साथ (?:\S+ ){0,3}(?:गलत|बलात्कार|रेप|छेड़छाड़|जबरदस्ती|गंदा|गंदी)",
        ),
        "person": (
            r"(?:हमारी|हमारा) (?:बेटी|बेटा|बच्ची|बच्चा|बिटिया)",
            r"(?:मेरी|मेरा|मेरे) (?:\S+ ){0,3}(?:बेटी|बेटा|बेटे|बच्ची|बच्चा"
            r"|बच्चे|भतीजी|भतीजा|भतीजे|भांजी|भांजा|भांजे|पोती|पोता|नातिन|नाती|बहन|भाई|छात्रा"
            r"|छात्र|स्टूडेंट|बिटिया|लड़की|लड़का|दोस्त|सहेली|क्लास|कक्षा|मोहल्ले|पड़ोस|पड़ोसी"
            r"|चाचा|मामा|सौतेले|सौतेला)",
            r"(?:उसके|उसका|उसकी) (?:सौतेले|सौतेला|पिता|पापा|चाचा|मामा|फूफा|दादा|नाना|भाई|टीचर"
            r"|शिक्षक|कोच|पड़ोसी|अंकल)",
            r"सौतेल\S*", r"पड़ोस (?:का|के|की)", r"पड़ोसी",
            r"जब मैं (?:\d{1,2} साल|छोटी|छोटा)", r"बचपन में", r"मैं \d{1,2} साल (?:की|का)",
            r"(?:meri|mera|mere|hamari|hamara) (?:\S+ ){0,2}(?:beti|beta|bete|bachi|bachchi|bacchi"
            r"|bachcha|bacha|bhatiji|bhanji|behen|bahan|bhai|student|dost|class)",
            r"(?:अपनी|अपने|अपना|उसकी|उसके|उसका) (?:\S+ ){0,2}(?:बेटी|बेटा|बेटे|बच्ची|बच्चा|बच्चे"
            r"|बिटिया|लड़की|लड़का)",
            r"(?:apni|apne|apna|uski|uske|uska|unki|unke) (?:\S+ ){0,2}(?:beti|beta|bete|bachi"
            r"|bachchi|bacchi|bachcha|bacha|bachche|bacche|ladki|ladka|bitiya)",
            r"padosi|padosan|padoswal\S*|pados (?:ka|ki|ke|wali|wala|wale)",
            r"\d{1,2} (?:saal|sal) (?:ki|ka|ke) (?:\S+ )?(?:beti|beta|bete|bachi|bachchi|bachcha"
            r"|bacha|ladki|ladka|bhatiji|bhanji|behen|bahan|bhai)",
            r"\d{1,2} साल (?:की|का|के) (?:\S+ )?(?:बेटी|बेटा|बेटे|बच्ची|बच्चा|लड़की|लड़का|भतीजी"
            r"|भांजी|बहन|भाई)",
            r"(?:meri|mera|mere) (?:\S+ ){0,2}(?:chhoti|choti|chhota|chota|papa|pitaji|mummy|maa"
            r"|chacha|mama|mausa|fufa|sautela|sauteli|sautele|uncle|teacher|sir|coach|classmate"
            r"|padosi|bhaiya|didi|bhatija|bhatiji|bhanja|bhanji|behen|behan|bahan|sister|brother)",
            r"(?:मेरे|मेरी|मेरा) (?:\S+ ){0,2}(?:पापा|पिता|पिताजी|मम्मी|माँ|मां|मौसा|फूफा|अंकल|टीचर"
            r"|सर|कोच|दीदी|भैया)",
            r"(?:main|mai|mein) \d{1,2} (?:saal|sal) (?:ki|ka)",
            r"(?:class|school|kaksha) (?:ka|ki|ke|mein|me) (?:ek )?(?:ladka|ladki|bacha|bachcha"
            r"|bachi|student)",
            r"(?:क्लास|स्कूल|कक्षा) (?:का|की|के|में) (?:एक )?(?:लड़का|लड़की|बच्चा|बच्ची|छात्र"
            r"|छात्रा)",
            r"(?:uske|uski|uska) (?:papa|pita|pitaji|maa|mummy|chacha|mama|sautele|sauteli|uncle"
            r"|teacher|sir)",
            r"(?:बगल|पड़ोस|सामने|ऊपर|नीचे) (?:वाले|वाली|के) (?:घर )?(?:की|का|के) (?:बच्ची|बच्चा|बच्चे"
            r"|लड़की|लड़का)",
            r"(?:bagal|pados|samne|saamne) (?:wale|wali|ke) (?:ghar )?(?:ki|ka|ke) (?:bachi|bachchi"
            r"|bacha|bachcha|ladki|ladka)",
            r"(?:hamari|meri|hamare|mere) (?:gali|society|colony|building|mohalle|class|school)",
            r"(?:मेरी|मेरा|मेरे) (?:\S+ ){0,2}(?:कजिन|सहेली|दोस्त)|(?:meri|mera"
            r"|mere) (?:\S+ ){0,2}(?:cousin"
            r"|best friend|saheli)",
            r"(?:main|mai|mein) \d{1,2} (?:saal )?(?:ki|ka) (?:hoon|hu|hun)",
            r"(?:मेरी|मेरा|मेरे) (?:\S+ ){0,3}(?:कजिन|सहेली|दोस्त|भतीजे|भांजे|बेटे)",
            r"(?:meri|mera|mere) (?:\S+ ){0,3}(?:cousin|bhatije|bhanje|bete|beti|bhanji|bhatiji)",
            r"(?:वाली|वाले|wali|wale|vali|vale) (?:\S+ )?(?:बच्ची|बच्चा|लड़की|लड़का|bachi|bachchi"
            r"|bacchi|bacha|bachcha|ladki|ladka)",
        ),
        "actor": (
            r"(?:एक|वो|वह|कोई) (?:टीचर|अंकल|आदमी|कोच|पड़ोसी|शिक्षक|लड़का)",
            r"(?:ek|koi|wo|woh|vo) (?:aadmi|admi|ladka|uncle|teacher|sir|banda|insaan|aurat|coach"
            r"|tutor)",
            r"sir",
            r"(?:\S+ )?(?:ka|ke|ki) (?:coach|teacher|tutor|sir)",
            r"(?:wale|vale|वाले) (?:\S+ )?(?:uncle|अंकल|aadmi|admi|आदमी|bhaiya|भैया|baba|बाबा)"
            r"|uncle|अंकल",
            r"(?:chowkidar|chaukidar|guard|driver|चौकीदार|गार्ड|ड्राइवर)",
            r"(?:mere|meri|मेरे|मेरी) (?:pati|patni|husband|jija|jiju|devar|sasur|damaad"
            r"|boyfriend|पति|जीजा|देवर|ससुर|दामाद)",
        ),
        "act": (
            r"(?:बलात्कार|रेप|यौन शोषण|शोषण|छेड़छाड़|गलत काम|गंदा काम|गंदी हरकत\S*|गलत हरकत\S*"
            r"|जबरदस्ती) (?:\S+ )?(?:किया|की|करता|करती|करते|कर रहा|कर रहे|कर रही|हुआ|हुई|होता"
            r"|होती|करके)",
            r"(?:छुआ|छूता|छूते|छूती|छू रहा|छू रहे|छुए)",
            r"(?:परेशान|तंग) (?:करता|करते|करती|कर रहा|कर रहे|किया)",
            r"कपड़े (?:\S+ )?(?:उतरवा|उतार)\S*", r"(?:कमरे|बिस्तर|बाथरूम) में (?:आ|घुस)\S*",
            r"(?:गलत|गंदे|बुरे|अजीब) (?:तरीके|ढंग) से",
            r"(?:के|की) साथ (?:\S+ ){0,5}(?:गलत|बलात्कार|रेप|जबरदस्ती|छेड़छाड़|गंदा)",
            r"(?:galat|ganda|gandi) (?:kaam|harkat\S*|tarike se) (?:\S+ )?(?:kiya|kia|karta|karte"
            r"|hua|hota)",
            r"(?:rape|balatkar|chhed ?chhad|shoshan) (?:kiya|kia|hua|karta|karte)",
            r"(?:chhua|chhuta|chhoota|touch kiya|touch karta)",
            r"(?:ke|ki) (?:saath|sath) (?:\S+ ){0,4}(?:galat|rape|balatkar)",
            # physical harm and neglect of a particular child
            r"(?:मारता|मारती|मारते|पीटता|पीटती|पीटते|पीटा|पीटी|पिटाई|जलाता|जलाती|जलाया)",
            r"को (?:\S+ ){0,2}(?:मारा|मारी|मार रहा|मार रही|मार देता|मारने)",
            r"(?:maar(?:ta|ti|te|tey|a|i|e)|marta|marti|marte|martey|peet(?:ta|ti|te|a|i)|pitai"
            r"|pitayi|pit(?:ta|ti|te)|jala(?:ta|ti|te|ya)|thappad|laat maar\S*)",
            r"(?:नीले|नील|चोट|जलने|मार) (?:के )?निशान|(?:neel|neela|neele|chot|jalne|maar) (?:ke )?"
            r"(?:nishan|nishaan)",
            r"(?:कमरे|घर|बाथरूम|कमरा) में (?:\S+ )?बंद|(?:kamre|ghar|room|bathroom) (?:mein|me"
            r"|main) (?:\S+ )?band",
            r"खाना नहीं (?:देता|देती|देते|देने|मिलता)|(?:khana|khaana) (?:nahi|nhi|nahin) (?:deta"
            r"|deti|dete|milta|diya)|भूखा (?:रखता|रखते|रखती)|bhukha (?:rakhta|rakhte|rakhti)",
            r"(?:अकेला|अकेली|अकेले) छोड़\S*|(?:akela|akeli|akele) chhod\S*",
            r"घर (?:जाने|लौटने) से डर\S*|ghar (?:jane|jaane) se dar\S*",
            # told without naming it
            r"(?:गंदी|गंदे|गलत) (?:जगह|बात\S*|हरकत\S*)|(?:gandi|gande|galat) (?:jagah|baat\S*"
            r"|harkat\S*|tarike se)",
            r"(?:bad touch|बैड टच) (?:kiya|kia|karta|karte|kar raha|किया|करता|करते)"
            r"|प्राइवेट पार्ट\S*|private part\S*|गुप्तांग",
            r"(?:chhute|chhuti|chuta|chute|chua|chhoo|touch (?:karte|karti|kar raha|kar rahe))",
            r"jala (?:diya|di|dete|deta|dia)|जला (?:दिया|दी|देता|देते)",
            r"(?:kapdo|kapdon|kapde)\S* (?:ke )?(?:andar|neeche|niche) (?:\S+ )?haath",
            r"कपड़ों (?:के )?(?:अंदर|नीचे) (?:\S+ )?हाथ",
            r"god (?:mein|me) (?:bitha|baitha)\S*|गोद में (?:बिठा|बैठा)\S*",
            r"(?:belt|chappal|press|danda|cigarette) se (?:maar|peet|jala)\S*"
            r"|(?:बेल्ट|चप्पल|प्रेस|डंडे|सिगरेट) से (?:मार|पीट|जला)\S*",
            r"ghar (?:mein|me|main|ke andar) (?:\S+ )?(?:nahi|nhi) (?:aane|ghusne) (?:deti|deta"
            r"|dete)"
            r"|घर (?:में|के अंदर) (?:\S+ )?(?:नहीं|ना) (?:आने|घुसने) (?:देती|देता|देते)|ghar se (?:nikal"
            r"|bahar) (?:deti|deta|dete|diya)|raat (?:bhar|ko) bahar",
            r"घंटों (?:तक )?(?:रोता|रोती)|कोई (?:उसे )?(?:देखने|संभालने) नहीं|ghanto(?:n)? (?:tak )?"
            r"(?:rota|roti)|koi (?:use )?(?:dekhne|sambhalne) nahi",
            r"चूल्हे पर|आग (?:पर|में)|गर्म पानी|chulhe (?:pe|par)|aag (?:pe|par|mein)|garam pani",
            r"gala (?:daba|ghont)\S*|गला (?:दबा|घोंट)\S*",
            r"kapde (?:\S+ )?(?:utarwa|utar|utaar)\S*|(?:unki|uski|usko"
            r"|unko)\S* (?:nangi )?(?:photo"
            r"|video|pic)\S* (?:kheench|khinch|kheech|khich|bana)\S*",
            r"(?:shirt|kapde|kapdon|kurta|frock|skirt|t-shirt|tshirt|kameez)\S* (?:ke )?(?:andar"
            r"|neeche|niche)|(?:कपड़ों|कपड़े|शर्ट|कुर्ते|फ्रॉक)\S* (?:के )?(?:अंदर|नीचे)",
            r"bhookh?[aie]|bhukh?[aie]|भूखा|भूखी|भूखे|sharab (?:mein|me|pe) (?:\S+ )?uda\S*"
            r"|शराब (?:में|पर) (?:\S+ )?(?:उड़ा|बहा)\S*|nashe (?:mein|me)|नशे में",
            r"(?:maarne|peetne|pitai|rone|chillane|chikhne)\S* ki (?:awaaz|awaz|aawaz)"
            r"|(?:मारने|पीटने|पिटाई|रोने|चीखने)\S* की आवाज़",
            r"(?:bachon|bacchon|bachchon|beti|bete) (?:pe|par) (?:chillate|chillata|chilla)\S*",
            r"होंठों पर (?:किस|चूम)\S*|honthon? (?:pe|par) (?:kiss|choom)\S*|(?:टॉफी|चॉकलेट|पैसे"
            r"|गिफ्ट)\S* (?:\S+ )?"
            r"(?:देते|देता|देती) (?:हैं|है) (?:अगर|ताकि)|(?:toffee|chocolate|paise"
            r"|gift)\S* (?:\S+ )?(?:deta|dete"
            r"|deti) (?:hai |hain )?(?:agar|taaki)",
            r"(?:bathroom|kamre|room)\S* (?:mein|me) (?:aa|ghus)\S*|jab (?:main|mai|wo|woh"
            r"|vo) (?:naha"
            r"|kapde badal|so)\S*|जब (?:मैं|वो|वह) (?:नहा|कपड़े बदल|सो)\S*",
            r"(?:baalon|balon|baal) se (?:ghasee?t|kheench|khinch)\S*|बालों से (?:घसीट|खींच)\S*"
            r"|(?:deewar|diwar)"
            r" (?:pe|par|se) (?:patak|maar)\S*|दीवार (?:पर|से) (?:पटक|मार)\S*",
            r"(?:bistar|bed) (?:mein|me|pe|par) (?:sota|soti|sote|let)\S*|बिस्तर (?:में|पर) (?:सोता"
            r"|सोते|लेट)\S*",
            r"(?:gandi|sex|ashleel)\S* (?:video|film|movie)\S*|(?:गंदी|सेक्स|अश्लील) (?:वीडियो"
            r"|फिल्म)\S*",
            r"maar (?:padti|padta|khata|khati|khate)|मार (?:पड़ती|पड़ता|खाता|खाती|खाते)",
            # told vaguely: "bachi ke saath kuch karte hain", "तकलीफ देता है", "उससे डरती है"
            r"(?:ke|ki|ko) (?:saath|sath) (?:\S+ ){0,3}(?:kuch|kuchh|ulta seedha|ulta sidha"
            r"|galat kaam|ganda kaam|gande kaam|gandi harkat\S*) (?:\S+ )?(?:karta|karte|karti"
            r"|kiya|kia|kar raha|kar rahe|kar rahi)",
            r"(?:के|की) साथ (?:\S+ ){0,3}(?:कुछ|उल्टा सीधा) (?:\S+ )?(?:करता|करते|करती|किया"
            r"|कर रहा|कर रहे)",
            r"(?:तकलीफ|दुख|दर्द) (?:\S+ )?(?:देता|देते|देती|दिया|पहुंचाता|पहुंचाते)|(?:takleef"
            r"|taklif|dukh|dard|pareshan|tang) (?:\S+ )?(?:deta|dete|deti|diya|karta|karte)",
            r"(?:उससे|उनसे|उस से|उन से|usse|unse|us se|un se|uss se) (?:\S+ ){0,2}(?:डरती|डरता"
            r"|डरते|डरी|डरा|darti|darta|darte|dari|dara|ghabrati|ghabrata|ghabrate|घबराती|घबराता)",
            r"(?:उसे|उन्हें|use|unhe|unhein|usko|unko) (?:देखकर|देखते ही|देख के|dekhkar|dekh kar"
            r"|dekhte hi|dekh ke) (?:\S+ ){0,2}(?:कांप|रो|छुप|छिप|डर|चीख|kaanp|kanp|ro|rone|chhup"
            r"|chup|chhip|dar|cheekh)\S*",
            # pictures of naked children kept by someone
            r"(?:nange|nangi|nanga|नंगे|नंगी|नग्न) (?:\S+ )?(?:bachon|bacchon|bachchon|bachhon"
            r"|bachi|bacche|bachche|ladkiyon|ladkon|बच्चों|बच्ची|लड़कियों|बच्चे)\S* (?:ki |ke "
            r"|की |के )?(?:photo|pic|video|tasveer|foto|फोटो|तस्वीर|वीडियो)\S*",
        ),
        "contact": (
            r"(?:फोटो|तस्वीर\S*|वीडियो|पिक) (?:\S+ )?(?:माँग\S*|मांग\S*|भेजने|भेजो)",
            r"मिलना चाहता", r"मिलने (?:को|के लिए) (?:बुला|कह)\S*",
            r"(?:किसी को|किसी से) (?:मत|न) (?:बताना|कहना)",
            r"(?:photo|pic|pics|video) (?:maang|mang|bhej)\S*", r"milna chahta",
            r"(?:ब्लैकमेल|blackmail) (?:कर|kar)\S*|धमकी (?:दे|दी)\S*|धमका\S*|dhamki (?:de|di)\S*"
            r"|dhamka\S*",
            r"(?:photos?|pics?|videos?|tasveer\S*|foto\S*|selfie\S*|nudes) (?:\S+ )?(?:maang|mang"
            r"|bhej)\S*",
            r"(?:milne|milna) (?:\S+ ){0,2}(?:bula|bol|chahta|chahti|keh|kaha)\S*",
            r"kisi ko (?:mat|na|mt) (?:batana|bolna|kehna)",
            r"(?:gift|paise|paisa) (?:deta|de raha|bhejta)|(?:गिफ्ट|पैसे|तोहफे) (?:\S+ )?(?:देता"
            r"|भेजता)",
            r"camera (?:on|chalu) (?:karne|karo|kar)\S*|video call",
            r"(?:mujhse|usse) pyaar karta|मुझसे प्यार करता|(?:ghar|room) (?:aaun|aao|aane)\S*"
            r"|bina (?:mummy"
            r"|papa|kisi) ko (?:bataye|batae)|बिना (?:मम्मी|पापा|किसी) को बताए",
            r"(?:bachon|bacchon|bachchon|bachhon|ladkiyon|ladkon|बच्चों|लड़कियों) (?:ko "
            r"|को )?(?:\S+ ){0,3}(?:bulata|bulate|bulati|le jata|le jaata|बुलाता|बुलाते|ले जाता)",
            r"(?:dono|donon|hum dono|tum dono|unka|uska|hamara|humara|हम दोनों|तुम दोनों|हमारा"
            r"|उनका)\S* (?:ka |ki |का |की )?(?:secret|raaz|raz|राज़|सीक्रेट)",
            r"(?:toffee|chocolate|candy|mithai|टॉफी|चॉकलेट|मिठाई) (?:\S+ )?(?:di|deta|dete|diya"
            r"|दी|देता|दिया)",
        ),
        "images": (
            r"(?:नंगी|नग्न|अश्लील|गंदी|आपत्तिजनक|निजी) (?:\S+ )?(?:तस्वीर\S*|फोटो\S*|वीडियो\S*"
            r"|क्लिप)",
            r"(?:तस्वीर\S*|फोटो|वीडियो) (?:\S+ ){0,2}(?:फैला|वायरल|शेयर|भेज|डाल|बेच)\S*",
            r"(?:nangi|ashleel|gandi) (?:photo|tasveer|video|pic)\S*",
            r"(?:photos?|pics?|videos?|tasveer\S*|clips?|foto\S*) (?:\S+ ){0,3}(?:bech|bhej|share"
            r"|viral|phaila|daal|forward|post|upload)\S*",
        ),
        "harm": (
            r"(?:बलात्कार|यौन शोषण|छेड़छाड़|यौन उत्पीड़न)",
            r"(?:मारपीट|हिंसा|पिटाई|उपेक्षा|ब्लैकमेल|maarpeet|marpeet|hinsa|pitai)",
        ),
        "plea": (
            r"(?:मदद|सहायता) (?:करें|करो|कीजिए|कीजिये|चाहिए|करिए)", r"मेरी मदद", r"कृपया मदद",
            r"बचाइए|बचाओ",
            r"(?:रिपोर्ट|शिकायत|एफआईआर|fir) (?:\S+ )?(?:करना|दर्ज करना|दर्ज कराना|लिखवाना)"
            r" (?:चाहता|चाहती|चाहते)",
            r"(?:कहाँ|किससे|कैसे) (?:\S+ )?(?:शिकायत|रिपोर्ट)",
            r"क्या करूँ|क्या करें|समझ नहीं आ रहा",
            r"(?:please|plz|pls) help", r"madad (?:karo|karein|kijiye|chahiye)",
            r"kya (?:karu|karun)", r"kahan (?:report|shikayat)",
            r"help (?:karo|kijiye|karein|chahiye)|kya (?:kare|karein|karoon)",
            r"kaise (?:report|shikayat|complaint)|kahan (?:bataun|jaun|complaint)",
            r"madad (?:kare|karo|karein)",
            r"(?:किससे|किसको|किसे|kisse|kis se|kisko|kise) (?:\S+ )?(?:कहूं|बताऊं|बात करूं"
            r"|संपर्क करूं|शिकायत करूं|kahun|kahu|bataun|batau|baat karu|baat karun"
            r"|complaint karu)",
            r"(?:मुझे )?शक (?:है|हो|होता)|(?:mujhe )?shak (?:hai|ho)",
            r"(?:kya )?(?:ye|yeh|ya) normal hai|क्या (?:यह|ये) (?:सामान्य|नॉर्मल) है",
        ),
        "citation": (
            r"(?:धारा|अधिनियम|अनुच्छेद|नियम|section) ?\d", r"(?:अधिनियम|act),? (?:19|20)\d\d",
            r"सजा|सज़ा|कारावास|दोषी ठहराया|प्रतिशत|\d+ ?%",
            r"कानून के तहत|मुकदमा हो सकता|(?:पीटने|मारने) वाले|kanoon ke tahat",
        ),
    },
}


def _add(group: str, kind: dict[str, tuple[str, ...]]) -> None:
    """One kind of wording, per language, added to that language's ``group``."""
    for code, patterns in kind.items():
        PATTERNS[code][group] = (*PATTERNS[code][group], *patterns)


# Grooming by secrecy: an adult who writes to a child at night, tells the child to delete the
# messages, not to tell the parents, to keep a secret or play a "secret game", and calls a
# 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to me at
# night, says to delete everything") as of someone else.
_PT_SECRECY = (
    r"(?:apaga|apagar|apague|apagues|elimina|eliminar|deleta|deletar)\w* (?:[\w-]+ ){0,2}"
    r"(?:mensagens|conversas?|chats?|historico|tudo)",
    r"(?:escreve|manda mensagens?|liga)\w* (?:[\w-]+ ){0,2}(?:a noite|de noite|todas as noites"
    r"|de madrugada|a meia-noite)",
    r"(?:nao|nunca) (?:pode|podia|deve|devia|posso) (?:contar|dizer|falar) (?:nada )?(?:a|aos"
    r"|as|pra|para|pros) (?:ninguem|os pais|pais|mae|pai|gente)|jogo secreto"
    r"|brincadeira secreta|(?:guardar|guarda) (?:um|o|esse|este) segredo",
    r"(?:diz|disse|dizia) que (?:ela |eu )?(?:e|sou|era) (?:a )?(?:namorada|namoradinha)"
    r" dele",
    # a meeting with a man she met online
    r"(?:encontrar-se|se encontrar|encontrar|ir ter) com (?:um|uma|esse|este) (?:homem"
    r"|senhor|adulto|cara|gajo|tipo|velho)|que (?:conheceu|conheceram) (?:num|no|na|em|pela)"
    r" (?:jogo|internet|online|net|app|instagram|tiktok|discord|roblox|free fire)",
    r"(?:chama|chamando|leva|levando|convida|convidando)\w* (?:ela|ele|-a|-o) (?:pra|para"
    r"|pro|a|ao) (?:(?:a )?casa|(?:o )?quarto|(?:o )?carro|(?:o )?apartamento) dele",
)
_add("contact", {
    "en": (
        r"(?:delete|deletes|deleting|deleted|erase|erases|clear|clears|wipe|wipes) (?:[\w-]+ ){0,2}"
        r"(?:messages|msgs|chats?|texts|dms|conversations?|snaps|history|everything)",
        r"(?:messages|messaged|texts|texted|dms|snaps|calls|writes to) (?:me|her|him) (?:[\w-]+ )?"
        r"(?:at night|every night|in the night|all night|late at night|after midnight)",
        r"secret games?|(?:keep|keeps|keeping|kept) (?:a|the|their|his|her|our) secrets?",
        r"(?:says?|said|calls?|called) (?:[\w-]+ )?(?:his|her) (?:girlfriend|boyfriend)",
    ),
    "fr": (
        r"(?:efface|effacer|effacez|supprime|supprimer|supprimez)\w* (?:[\w'-]+ ){0,2}(?:messages"
        r"|conversations?|discussions?|sms|historique|tout)",
        r"(?:m'|m |lui |leur )?(?:ecri\w*|envoie des messages|texte) (?:[\w'-]+ ){0,3}(?:la nuit"
        r"|tous les soirs|chaque soir|chaque nuit|toutes les nuits|tard le soir)",
        r"(?:garder|garde|gardent) (?:un|le|ce|leur|notre) secret|jeux? secrets?"
        r"|(?:rien|pas le) dire a (?:mes|tes|ses) parents",
        r"qu'? ?(?:elle|je|j) (?:est|suis|etait|etais) sa (?:copine|cherie|petite amie|amoureuse"
        r"|meuf|femme)",
    ),
    "es": (
        r"(?:borra|borrar|borre|borres|elimina|eliminar|elimine)\w* (?:[\w-]+ ){0,2}(?:mensajes"
        r"|chats?|conversaciones|historial|todo)",
        r"(?:escribe|manda mensajes|mensajea|llama)\w* (?:[\w-]+ ){0,2}(?:por la noche|de noche"
        r"|todas las noches|cada noche|de madrugada|en la madrugada)",
        r"(?:guardar|guarde|guardes) (?:un|el|este|su|nuestro) secreto|juegos? secretos?"
        r"|no (?:le |les )?(?:diga|digas|cuente|cuentes|decir|contar) (?:nada )?a (?:mis|tus|sus)"
        r" (?:padres|papas)",
        r"(?:dice|decia) que (?:es|soy|eres) su (?:novia|novio|nena|chica)",
    ),
    "pt": _PT_SECRECY,
    "pt_BR": _PT_SECRECY,
    "ar": (
        r"(?:امسح|امسحي|يمسح|تمسح|مسح|احذف|احذفي|يحذف|تحذف|حذف)\w* (?:\w+ )?(?:ال)?(?:رسائل|رسايل"
        r"|محادثات|محادثه|محادثة|شات|كل شي)",
        r"(?:يراسل|يكتب|يبعت|يرسل|يتصل)\w* (?:\w+ ){0,2}(?:بالليل|في الليل|كل ليله|كل ليلة"
        r"|اخر الليل|نص الليل)",
        r"(?:لا|ما|متقول|متقولي) (?:\w+ )?(?:تخبر|تقول|تحكي|تقولي|تحكيلي|تخبري)\w* (?:\w+ )?"
        r"(?:ل|ال)?(?:اهل|ام|اب|ماما|بابا|والدي|ابو|امي|ابوي)\w*|لعبه سريه|لعبة سرية",
        r"(?:انها|انك|انني|اني) (?:حبيبته|صاحبته|حبيبتو)",
    ),
    "ru": (
        r"(?:удал|стира|стер|почист)\w* (?:[\w-]+ ){0,2}(?:переписк\w*|сообщени\w*|чат\w*|смс"
        r"|диалог\w*|вс[её])",
        r"(?:пишет|писал|звонит|шлет|присылает|строчит) (?:мне|ей|ему) (?:[\w-]+ )?(?:по ночам"
        r"|ночью|каждую ночь|поздно ночью)",
        r"не (?:говор|рассказ)\w* (?:[\w-]+ )?(?:маме|папе|родителям|взрослым|никому|дома)"
        r"|секретн\w* игр\w*|(?:хранить|храни) (?:[\w-]+ )?(?:секрет|тайну)",
        r"(?:что|мол) (?:она|я|ты) (?:его|моя|твоя) (?:девушка|подружка|любимая|невеста)",
    ),
    "zh_Hans": (
        r"删(?:掉|除|了)?(?:聊天记录|记录|消息|信息|聊天|对话|短信)",
        r"(?:半夜|深夜|晚上|每天晚上|夜里|大半夜)(?:给|跟|和|找)(?:我|她|他)(?:发|打|聊)",
        r"(?:不要|别|不准|不许|不能|不让)(?:我|她|他)?(?:告诉|跟|和|对)(?:爸妈|我爸妈|家里|家人|老师"
        r"|任何人)|秘密(?:的)?游戏|保守(?:这个|一个)?秘密",
        r"说(?:我|她|他)是(?:他的|她的)?(?:女朋友|男朋友|小女友|老婆)",
    ),
    "de": (
        r"(?:alles|nachrichten|chats?|chatverlauf|verlauf|die nachrichten|den chat)"
        r" (?:[\w-]+ )?(?:loschen|losche|geloscht)|(?:loscht|loschen soll|losch) (?:[\w-]+ )?"
        r"(?:alles|nachrichten|chats?|verlauf)",
        r"(?:schreibt|schrieb|textet|ruft) (?:mir|ihr|ihm) (?:[\w-]+ )?(?:nachts|in der nacht"
        r"|jede nacht|spat abends|mitten in der nacht)",
        r"(?:meinen|deinen|seinen|ihren|den) eltern (?:[\w-]+ )?(?:nix|nichts) (?:davon )?"
        r"(?:sagen|erzahlen|verraten)|geheim(?:es |e )?spiel\w*|geheimnis (?:[\w-]+ )?"
        r"(?:bewahren|behalten|fur sich)",
        r"(?:sie|ich|du) (?:sei|ist|bin|ware|bist) seine (?:freundin|kleine freundin|liebste)",
    ),
    "tr": (
        r"(?:mesaj|yazisma|konusma|sohbet)\w* (?:[\w-]+ )?sil\w*|hepsini sil\w*",
        r"gece(?:leri| yarisi| gec saatte)? (?:[\w-]+ )?(?:mesaj|yaz|ar)\w*",
        r"(?:aileme|ailesine|ailene|annemlere|evdekilere|anneme babama) (?:[\w-]+ )?(?:soyleme"
        r"|anlatma)\w*|gizli (?:bir )?oyun\w*|sir (?:tut|sakla)\w*",
        r"sevgili(?:si|m)? (?:oldugunu|oldugumu)",
    ),
    "sw": (
        r"\w*fut\w* (?:[\w-]+ )?(?:ujumbe|jumbe|meseji|sms|zote|mazungumzo|chat)\w*",
        r"\w*(?:tumia|andikia|pigia) (?:[\w-]+ ){0,2}(?:sms|meseji|ujumbe|simu) usiku",
        r"(?:nisi|usi|asi)(?:wa)?ambie wazazi|mchezo wa siri|\w*tunz\w* siri",
        r"(?:ni|yeye ni|wewe ni) mpenzi wake|mpenzi wake",
    ),
    "hi": (
        r"(?:डिलीट|डिलिट|मिटा)\S* (?:कर|दो|दे)\S*|(?:delete|dilit|mita)\S* (?:kar|do|de)\S*",
        r"रात को (?:\S+ )?(?:मैसेज|मेसेज|फोन|कॉल)|raat ko (?:\S+ )?(?:message|msg|call|phone)",
        r"(?:घरवालों|घर वालों|मम्मी पापा|माता पिता|मम्मी|पापा|मां|माँ) को (?:कुछ )?(?:मत|न|नहीं)"
        r" (?:बताना|बताओ|बोलना|कहना)|(?:gharwalon|ghar walon|mummy papa|mummy|papa|maa) ko"
        r" (?:kuch )?(?:mat|na|mt) (?:batana|batao|bolna|kehna)",
        r"(?:अपनी|मेरी) गर्लफ्रेंड|(?:apni|meri) girlfriend",
    ),
})
_add("actor", {
    "zh_Hans": (r"(?:教练|老师|叔叔|邻居)(?:老是|总是|一直|经常|天天|每天)",),
})

# Abuse told vaguely by the writer: "he puts his hands in my pants", "makes me do things", "used
# to do things to me".
_add("victim", {
    "en": (
        r"(?:puts?|putting|shoves?|shoved|sticks?|stuck) (?:his|her) hands? (?:[\w-]+ )?(?:in|into"
        r"|down|inside|under|up) my (?:pants|knickers|underwear|undies|shorts|trousers|skirt"
        r"|top|shirt|clothes|pyjamas|pajamas)",
    ),
    "fr": (
        r"m(?:'| |' )(?:oblige|obligeait|a oblige|force|forcait|a force) a (?:lui )?(?:faire"
        r"|toucher) (?:des|ces|les|plein de) (?:choses|trucs)",
    ),
    "pt": (r"(?:mexe|mexia|mexeu|apalpa|apalpava|apalpou)-me",),
    "pt_BR": (r"(?:mexe|mexia|mexeu|apalpa|apalpava|apalpou)-me",),
    "tr": (
        r"bana (?:[\w-]+ ){0,2}(?:seyler|bisiler|biseyler|bisey|birsey|bir sey|bir seyler"
        r"|kotu seyler|garip seyler|tuhaf seyler) yap\w*",
    ),
    "sw": (r"\w*nifanyia (?:[\w-]+ )?(?:vitu|mambo|kitu|jambo) (?:vibaya|mabaya|baya|vya ajabu"
           r"|ya ajabu|vichafu|machafu)",),
})
# The same of someone else, and physical harm and neglect of a particular child: "a hand in her
# pants", "touches her" (pt "lhe toca"), "hitting her with a belt", "alone for whole days".
_add("act", {
    "en": (
        r"hands? (?:[\w-]+ )?(?:in|into|down|inside|up) (?:her|his) (?:pants|knickers|underwear"
        r"|undies|shorts|trousers|skirt|pyjamas|pajamas)",
        # pictures of undressed children, the adjective after the children
        r"(?:photos?|pictures?|pics?|images?|videos?|clips?) of (?:[\w-]+ )?(?:kids|children"
        r"|child|girls?|boys?|minors|toddlers|babies) (?:[\w-]+ )?(?:naked|nude|undressed"
        r"|topless|with no clothes)",
    ),
    "fr": (
        r"(?:l'|l |les )(?:oblige|obligeait|a oblige|force|forcait|a force) a (?:lui )?(?:faire"
        r"|toucher) (?:des|ces|les|plein de) (?:choses|trucs)",
    ),
    "pt": (
        r"(?:mexe|mexia|mexeu|apalpa|apalpava|apalpou)-me|(?:lhe|me) (?:toca|tocava|tocou|mexe"
        r"|mexia|apalpa|apalpava)",
        r"(?:batendo|espancando|agredindo|queimando|trancando) (?:nela|nele|neles|nelas|-a|-o"
        r"|a|o|os|as) ",
        r"(?:fica|ficam|ficava|vive|vivem|passa|passam) (?:[\w-]+ )?sozinh[oa]s? (?:[\w-]+ )?"
        r"(?:dias|noites|o dia|a noite|horas|semanas)|(?:vive|vivem) sozinh[oa]s?",
    ),
    "pt_BR": (
        r"(?:mexe|mexia|mexeu|apalpa|apalpava|apalpou)-me|(?:lhe|me) (?:toca|tocava|tocou|mexe"
        r"|mexia|apalpa|apalpava)",
        r"(?:batendo|espancando|agredindo|queimando|trancando) (?:nela|nele|neles|nelas|-a|-o"
        r"|a|o|os|as) ",
        r"(?:fica|ficam|ficava|vive|vivem|passa|passam) (?:[\w-]+ )?sozinh[oa]s? (?:[\w-]+ )?"
        r"(?:dias|noites|o dia|a noite|horas|semanas)|(?:vive|vivem) sozinh[oa]s?",
    ),
})
# A particular child where the writer lives or studies ("a girl from our street", "a girl in my
# class"), the one pictures are sold or passed around of.
_add("person", {
    "pt": (
        r"(?:menin|garot|crianc|miud|rapariga|rapaz|bebe|pequen)\w* (?:d[oa] )?(?:res do chao"
        r"|r/c|cave|sotao)",
    ),
    "pt_BR": (
        r"(?:menin|garot|crianc|miud|rapariga|rapaz|bebe|pequen)\w* (?:aqui )?(?:da|do|de)"
        r" (?:minha |nossa |meu |nosso )?(?:rua|bairro|predio|escola|turma|sala|condominio"
        r"|vila|comunidade|quebrada)",
    ),
    "de": (
        r"(?:madchen|junge|jungen|kind|kleine|kleinen|schulerin|schuler)\w* (?:aus|von|in|an)"
        r" (?:unserer|unserem|meiner|meinem|der|dem) (?:[\w-]+ )?(?:strasse|klasse|schule|haus"
        r"|nachbarschaft|siedlung|block|gegend|dorf|verein|kita|stufe)",
    ),
    "hi": (
        r"(?:हमारी|मेरी|हमारे|मेरे) (?:गली|मोहल्ले|कॉलोनी|क्लास|स्कूल|बिल्डिंग|सोसाइटी|गांव)\S*"
        r" (?:की|के|का|में) (?:\S+ ){0,2}(?:बच्ची|बच्चा|लड़की|लड़का|बच्चे|बच्चों|बेटी)",
        r"(?:hamari|humari|meri|mere|hamare|humare) (?:gali|mohalle|colony|class|school|building"
        r"|society|gaon)\S* (?:ki|ke|ka|mein|me) (?:\S+ ){0,2}(?:bachi|bacchi|bachchi|ladki|ladka"
        r"|bacha|bachcha|bachche|beti)",
        r"(?:apne|apni|mere|meri) (?:bhatij|bhanj|bhai|behen|bahan|beti|bete|chachere|mamere)\S*",
    ),
    "sw": (r"(?:kocha|mchungaji|mlezi|dereva|mwalimu) (?:wangu|yangu|wetu|yetu)",),
})
# Someone close named with a possessive, typed without the apostrophe: "my husbands laptop".
_add("actor", {
    "en": (r"(?:my|her|his) (?:husband|partner|boyfriend|brother-in-law|lodger|flatmate)'?s",),
})
# Pictures of a particular child ("videos of a little girl"), sold or passed round.
_add("images", {
    "fr": (
        r"(?:photos?|videos?|images?) (?:d'|d |de )(?:une|un|la|des|cette|ma|sa) (?:[\w-]+ )?"
        r"(?:fille|fillette|gamine|petite|eleve|garcon|gamin|enfant)",
        r"(?:photos?|videos?|images?) (?:[\w'-]+ ){0,6}(?:qui )?(?:tournent|circulent|tourne"
        r"|circule)",
    ),
    "pt_BR": (
        r"(?:fotos?|v[ií]deos?|imagens?) (?:de|da|do) (?:uma|um|essa|esse) (?:[\w-]+ )?(?:menin"
        r"|garot|crianc|pequen)\w*",
    ),
    "de": (
        r"(?:videos?|bilder|fotos|clips?|aufnahmen) (?:[\w-]+ ){0,2}von (?:[\w-]+ ){0,2}(?:madchen"
        r"|jungen|kind|kindern|kleinen|schulerin)",
    ),
    "hi": (
        r"(?:बच्ची|बच्चे|लड़की|लड़के|बेटी)\S* (?:के|की) (?:\S+ )?(?:वीडियो|फोटो|तस्वीर)\S*",
    ),
})
# A general rule, not a story: "if a teacher suspects a pupil is being abused, they must inform
# the safeguarding lead", "teachers who suspect ... must report".
_add("citation", {
    "en": (
        r"(?:who|that) suspects?|(?:if|when|where) (?:a|an|any) (?:[\w-]+ ){0,2}suspects"
        r"|(?:is|are) (?:required|obliged|obligated|mandated) to (?:report|inform|notify|refer)",
    ),
    "fr": (
        r"(?:qui|qu'il|qu'elle) soupconne\w*|si (?:un|une) (?:[\w-]+ ){0,2}soupconne\w*"
        r"|(?:est|sont) (?:tenue?s?|oblige\w*) de (?:signaler|informer|alerter|declarer)",
    ),
    "es": (
        r"(?:que|quien|quienes) sospech\w*|si (?:un|una|algun\w*) (?:[\w-]+ ){0,2}sospecha\w*"
        r"|(?:esta|estan) obligad[oa]s? a (?:denunciar|informar|notificar|comunicar)",
    ),
    "pt": (
        r"(?:que|quem) suspeit\w*|se (?:um|uma|algum\w*) (?:[\w-]+ ){0,2}suspeita\w*"
        r"|(?:e|sao|esta|estao) obrigad[oa]s? a (?:denunciar|comunicar|notificar|informar)",
    ),
    "pt_BR": (
        r"(?:que|quem) suspeit\w*|se (?:um|uma|algum\w*) (?:[\w-]+ ){0,2}suspeita\w*"
        r"|(?:e|sao|esta|estao) obrigad[oa]s? a (?:denunciar|comunicar|notificar|informar)",
    ),
    "ar": (
        r"(?:الذي|التي|الذين|من) (?:ي|ت)شتب\w*|اذا (?:اشتبه|شك)\w* (?:ال)?"
        r"(?:معلم|مدرس|طبيب|موظف)\w*|(?:يجب|يتعين|ملزم\w*) (?:\w+ ){0,2}(?:الابلاغ|ابلاغ|التبليغ)",
    ),
    "ru": (
        r"(?:который|которая|которые|кто из) (?:[\w-]+ )?подозрева\w*|если (?:учитель|педагог"
        r"|врач|воспитатель|сотрудник|специалист)\w* подозрева\w*|обязан\w* (?:сообщить|сообщать"
        r"|информировать|уведомить)",
    ),
    "zh_Hans": (r"(?:应当|必须|须|应)(?:立即|及时)?(?:向[^，。,]{0,8})?(?:报告|上报)",),
    "de": (
        r"(?:die|der|wer) (?:einen )?(?:verdacht (?:haben|hat)|vermuten|vermutet)|wenn (?:ein"
        r"|eine|die|der) (?:[\w-]+ ){0,2}(?:vermutet|vermuten|einen verdacht)"
        r"|(?:ist|sind) verpflichtet",
    ),
    "tr": (
        r"suphelenen|suphelenirse|suphelenmesi halinde"
        r"|(?:bildirmekle|ihbar etmekle) yukumlu\w*",
    ),
    "sw": (
        r"\w*(?:naye|nao)shuku\w*|(?:a|wa)kishuku|(?:a|wa)(?:napaswa|natakiwa|nalazimika"
        r"|tapaswa|takiwa) kuripoti",
    ),
    "hi": (
        r"(?:शक|संदेह) होने पर|(?:सूचना|रिपोर्ट) (?:देना|करना) (?:अनिवार्य|ज़रूरी) है|अनिवार्य रूप से"
        r"|(?:shak|sandeh) hone par|report karna anivarya",
    ),
})
