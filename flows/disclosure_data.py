"""Patterns for flows.disclosure, per language: what makes typed text read as a disclosure of the
abuse of a particular child rather than an evidence note.

A Python module rather than YAML so that it ships with the package (package data covers only
framework/data). Each pattern is a regular expression written as people type it: accents and
case do not matter (patterns and text are both folded as in flows.typed.fold), and the loader puts
word boundaries round every pattern except in languages written without spaces. A pattern that
ends in \\w* is a stem (Turkish and Swahili words carry their endings and prefixes); the loader
widens \\w to take in Devanagari vowel signs.

The groups (flows.disclosure combines them):
  victim    first person: "he touched me", "I was abused"; enough on its own
  deed      an act done to a particular person: "touches her", "l'a violée"; enough on its own
  person    a particular child or someone close: "my daughter", "a girl in my class", "her
            stepfather", "a 13 year old"
  actor     someone in the story named without a possessive: "a man", "the coach"; notes name
            them too ("a man convicted of sharing images"), so only with an act or grooming
  act       an abuse or contact verb as in a story, not the offence's legal name: "was abused",
            "violaron", "изнасиловал" (not "abuse", "violación", "изнасилование")
  contact   grooming: asking a child for pictures, to meet, to keep a secret
  images    pictures of a child: "naked photos", "sharing pictures of"
  harm      the offence's name, which counts only next to a plea ("how do I report abuse")
  plea      a cry for help or the wish to report: "please help", "I want to report"
  citation  a reference to a law or an article: such text is a note unless it says "victim"
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

# Shared English fragments.
_EN_KIN = (
    r"(?:daughters?|sons?|child|children|kids?|baby|niece|nephew|grand(?:daughter|son|child|kid)s?"
    r"|sisters?|brothers?|cousins?|step-?(?:daughter|son|kid)s?|girls?|boys?|little one"
    r"|students?|pupils?|(?:best )?friends?|god(?:son|daughter|child)|foster (?:child|son|daughter)"
    r"|step-?(?:dad|father|mum|mom|mother|brother)|stepdad|uncle|aunt|grand(?:pa|dad|father|ma)"
    r"|father|dad|mum|mom|mother|babysitter|coach|teacher|tutor|neighbou?r|pastor|priest"
    r"|(?:mum|mom|mother|sister)'?s (?:boyfriend|partner|husband))"
)
_EN_PICS = r"(?:photos?|pictures?|pics?|images?|videos?|selfies?|clips?|nudes)"

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
            r"(?:girl|boy|kid|child|family) next door",
            r"\d{1,2}[- ]?(?:year|yr)[- ]?old",
            r"\d{1,2} ?y/?o",
            r"when (?:i|she|he) was (?:a |an |only |just )?(?:\d{1,2}|little|young|small|kid|child"
            r"|teen|teenager|girl|boy)",
            r"(?:this|a|the) (?:little|young) (?:girl|boy)",
            r"(?:i'm|im|i am) (?:only |just )?\d{1,2}(?: years?| yrs?)?(?: old)?(?= and|,|\.| yo"
            r"|$)",
        ),
        "actor": (
            r"(?:a|the|this|that|some|our) (?:[\w-]+ )?(?:teacher|coach|neighbou?r|priest|pastor"
            r"|imam|man|guy|stranger|tutor|babysitter|nanny|caretaker|stepfather|uncle|boyfriend"
            r"|driver)",
            r"(?:he|she|they) (?:keeps|kept|has been|is|was|always)",
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
            r"blackmail\w*", r"threat\w* to (?:share|post|leak|send|show)",
            r"wants? (?:her|his|my|their) (?:address|number|phone number|location|snap|pictures)",
            r"(?:wants|asks|asked|asking|begging|keeps asking) (?:me|her|him) to (?:video call"
            r"|facetime|call|meet|come|send|undress)",
            r"(?:friend request|follow request|added (?:her|him)) from (?:an? )?(?:adult|older"
            r"|stranger|man|guy)",
            r"(?:our|a) (?:little )?secret",
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
        ),
        "harm": (
            r"(?:child |sexual )?(?:abuse|rape|molestation|grooming|exploitation|assault"
            r"|harassment|csam|sextortion|incest)",
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
        ),
        "citation": (
            r"(?:law|act|bill|decree|code|article|arts?|sections?|para|regulation|directive"
            r"|convention|chapter|cap|rule|order)\.? ?(?:no\.? ?)?\d",
            r"ss?\.\s?\d", r"(?:act|law|code|regulations?|decree) (?:of )?(?:19|20)\d\d",
            r"§", r"(?<![\d/])\d{1,4}/(?:19|20)\d\d(?!/)",
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
        ),
        "actor": (
            r"(?:un|le|ce|son) (?:prof|professeur|entraineur|voisin|pretre|homme|adulte|mec|type"
            r"|animateur|moniteur|beau-pere|oncle|mari)",
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
            r"chantage",
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
        ),
        "harm": (
            r"(?:abus|viol|inceste|agression|attouchements|pedocriminalite|pedopornographie"
            r"|harcelement)",
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
        ),
        "citation": (
            r"(?:loi|code|article|art|arts|decret|ordonnance|circulaire)\.? (?:n° ?|no\.? ?"
            r"|n ?)?\d",
            r"(?:loi|decret|ordonnance) (?:n°|no)",
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
        ),
        "actor": (
            r"(?:un|el|ese|este) (?:profesor|maestro|entrenador|vecino|cura|sacerdote|hombre|senor"
            r"|tipo|adulto|padrastro|tio)",
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
            r"mensajes (?:sexuales|inapropiados|raros|subidos de tono)", r"chantaje\w*",
            r"extorsion\w*",
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
        "harm": (r"(?:abuso|violacion|agresion|acoso|explotacion|grooming|incesto)",),
        "plea": (
            r"ayudenme", r"ayudame", r"ayudeme", r"(?:necesito|pido|necesitamos) ayuda",
            r"ayuda,? por favor", r"por favor,? ayud\w*", r"socorro",
            r"(?:quiero|quisiera|necesito|deseo) (?:denunciar\w*|reportar\w*|hacer una denuncia"
            r"|poner una denuncia)",
            # personal forms only: "dónde denunciar" is how guidance and curricula are worded
            r"(?:como|donde|a quien|ante quien) (?:denuncio|reporto|acudo|puedo denunciar"
            r"|puedo reportar|llamo|lo denuncio|la denuncio)",
            r"no se (?:que hacer|a quien)", r"que (?:hago|debo hacer|puedo hacer)",
        ),
        "citation": (
            r"(?:ley|decreto|codigo|articulo|art|arts|reglamento|resolucion|numeral|inciso)\.?"
            r" (?:n[°o.]? ?|num\.? ?)?\d",
            r"ley organica \d",
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
        ),
        "actor": (
            r"(?:um|o|esse|este) (?:professor|treinador|vizinho|padre|homem|senhor|adulto"
            r"|explicador|padrasto|tio)",
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
        ),
        "contact": (
            r"(?:pede|pediu|pedia|pedem|pedindo|pedir)(?:-lhe)? (?:[\w'-]+ ){0,3}" + _PT_PICS,
            r"quer (?:encontrar|conhecer|ver|marcar)\w*",
            r"(?:encontrar-se|se encontrar|encontrar) com (?:ele|ela)",
            r"(?:manda|mandou|mandava|envia|enviou|enviava|mandando|enviando|a mandar|a enviar)"
            r"(?:-lhe)? (?:[\w'-]+ ){0,2}(?:mensagens|mensagem|presentes|dinheiro)",
            r"(?:guardar segredo|nao contar a ninguem|e um segredo|e segredo)",
            r"chantage\w*",
        ),
        "images": (
            r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:[\w-]+ )?(?:nua|nuas|nu|pelad\w*"
            r"|intim[oa]s?|sexuais|sem roupa)",
            r"nudes",
            r"(?:fotos?|fotografias?|v[ií]deos?|imagens?) (?:da|do|de) (?:minha|meu|sua|seu|dela"
            r"|dele|uma menina|um menino)",
            r"(?:partilh|divulg|espalh|public|post|circul|vaz|vend|mand|envi|compartilh)\w*"
            r" (?:[\w'-]+ ){0,3}" + _PT_PICS,
        ),
        "harm": (r"(?:abuso|violacao|estupro|assedio|aliciamento|exploracao|incesto)",),
        "plea": (
            r"ajud(?:em|e|a)[- ]me", r"me ajud(?:em|e|a)", r"socorro", r"preciso de ajuda",
            r"(?:por favor|pf|pfv),? ajud\w*",
            r"(?:quero|queria|gostaria de|preciso) (?:de )?(?:denunciar|fazer queixa|apresentar"
            r" queixa|fazer uma denuncia)",
            r"(?:como|onde|a quem) (?:e que )?(?:denuncio|faco queixa|posso denunciar"
            r"|apresento queixa|devo ir)",
            r"nao sei o que fazer", r"o que (?:faco|devo fazer|eu faco)",
        ),
        "citation": (
            r"(?:lei|decreto-lei|decreto|codigo|artigo|art|arts|portaria|resolucao)\.?"
            r" (?:n\.?[°o]\.? ?)?\d",
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
        ),
        "actor": (
            r"(?:um|o|esse|este) (?:professor|treinador|vizinho|padre|pastor|homem|cara|adulto"
            r"|padrasto|tio)",
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
        ),
        "contact": (
            r"(?:pede|pediu|pedia|pedem|pedindo|pedir) (?:[\w'-]+ ){0,3}" + _PT_PICS,
            r"quer (?:encontrar|conhecer|ver|marcar|se encontrar)\w*",
            r"(?:manda|mandou|mandava|envia|enviou|mandando"
            r"|enviando) (?:[\w'-]+ ){0,2}(?:mensage(?:m"
            r"|ns)|presentes?|dinheiro)",
            r"(?:guardar segredo|nao contar pra ninguem|nao contar para ninguem|e segredo)",
            r"chantage\w*",
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
        ),
        "harm": (r"(?:abuso|estupro|assedio|aliciamento|exploracao|pedofilia|incesto)",),
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
        ),
        "citation": (
            r"(?:lei|decreto|codigo|artigo|art|arts|portaria|resolucao|eca)\.?,? (?:n[°o]\.? ?)?\d",
        ),
    },
    "ar": {
        "victim": (
            r"(?:ي|ت)?(?:لمس|اغتصب|تحرش)(?:و)?ن[يى]",
            r"(?:تحرش|يتحرش|تحرشوا|يتحرشون|اعتدى|اعتدوا|يعتدي|يعتدون) (?:ب[يى]|علي)",
            r"(?:طلب|يطلب|طلبوا|يطلبون) من[يى] (?:صوري|(?:صور|صورا) (?:عاري|خاص|فاضح)\w*)",
            r"(?:حدث|حصل) (?:هذا |ذلك )?معي",
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
        ),
        "actor": (
            r"(?:رجل|المدرب|مدرب|الجار|شخص|شاب|احدهم)",
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
        ),
        "contact": (
            r"(?:يطلب|طلب|يطلبون|طلبوا)\w* (?:\w+ ){0,3}(?:صور|صورا|صورها|صوره|فيديو|فيديوهات)",
            r"(?:يريد|يود|بده|يبغى|يبي) (?:ان )?(?:مقابلت|يقابل|يلتق|لقاء|رؤيت|يشوف)\w*",
            r"(?:يرسل|ارسل|يراسل|يبعث)\w* (?:\w+ ){0,2}(?:رسائل|رسايل|هدايا|صور|مال)",
            r"يراسل\w*",
            r"(?:لا تخبر|لا تقول|لا تخبري|لا تقولي|سر بيننا)",
            r"(?:الا|ان لا) (?:يخبر|تخبر|يقول|تقول)\w*",
            r"(?:يعطي|اعطى|يشتري|اشترى)\w* (?:\w+ )?هدايا",
            r"(?:يهدد|هدد|يبتز|ابتز)\w*",
        ),
        "images": (
            r"صور\w* (?:\w+ )?(?:عاري\w*|فاضح\w*|خاص\w*|جنسي\w*|مخل\w*)",
            r"(?:ينشر|نشر|يوزع|وزع|يتداول|تداول|يرسل|يبيع|سرب|يسرب|ينشرون|نشروا)\w* (?:\w+ ){0,2}"
            r"(?:صور|صورا|فيديو|مقاطع|مقطع)\w*",
            r"(?:صور|فيديو)\w* (?:ابنت[يى]|ابن[يى]|بنت[يى])",
        ),
        "harm": (r"(?:ال)?(?:تحرش|اغتصاب|اعتداء|استغلال)\w*",),
        "plea": (
            r"ساعدون[يى]", r"ساعدن[يى]", r"ساعدونا", r"انقذون[يى]", r"النجدة", r"ارجوكم", r"ارجوك",
            r"(?:اريد|اود|ابغى|ابغي|بدي) (?:ان )?(?:الابلاغ|ابلغ|التبليغ|ابلاغ|اشتكي|تقديم شكوى"
            r"|تقديم بلاغ|المساعدة|مساعدة)",
            r"كيف (?:ابلغ|اقدم|اشتكي|يمكنن[يى] الابلاغ)",
            r"(?:اين|لمن|الى من|إلى من) (?:ابلغ|اتوجه|اشتكي|الجا)",
            r"ماذا (?:افعل|اعمل)", r"شو اعمل", r"(?:ايش|وش) اسوي",
        ),
        "citation": (
            r"(?:المادة|مادة|قانون|القانون|رقم|البند|الفصل|المرسوم|مرسوم|قرار) ?(?:رقم ?)?\d",
            r"لسنة \d",
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
        ),
        "actor": (
            r"(?:тренер|учитель|сосед|мужчина|отчим|священник|вожатый|незнаком|дяд|дедушк)\w*",
        ),
        "act": (
            r"(?:изнасиловал\w*|изнасилован\w*|насилова\w*|насилу\w*|домогал\w*|домогает\w*"
            r"|домогаются|приставал\w*|пристает\w*|пристают|пристал\w*|трогал\w*|трогает\w*"
            r"|трогают|потрогал\w*|лапал\w*|лапает|облапал\w*|щупал\w*|растлил\w*|растлева\w*"
            r"|развраща\w*|развратил\w*|совратил\w*|совраща\w*|надругал\w*|принуждал\w*"
            r"|принуждает\w*)",
            r"заставля\w* (?:[\w-]+ ){0,3}(?:раздева|трога|смотре|делать|присыла|снима)\w*",
            r"показ\w* (?:[\w-]+ ){0,3}(?:порно\w*|интимн\w*|голы\w*|член\w*)",
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
            r"шантаж\w*", r"угрожа\w* (?:[\w-]+ )?(?:выложить|разослать|опубликовать|отправить)",
        ),
        "images": (
            r"(?:голы\w*|обнаженн\w*|интимн\w*|откровенн\w*|непристойн\w*) (?:фото\w*|фотк\w*"
            r"|снимк\w*|видео|изображени\w*|картинк\w*)",
            r"(?:фото|фотографии|фотки|видео|снимки) (?:мо\w*|ее|его|дочери|сына|ребенка)",
            r"(?:рассыла|распространя|выложил|выложили|выкладыва|публику|пересыла|слива|слил"
            r"|отправля|прода|кида|скинул)\w* (?:[\w-]+ ){0,3}(?:фото\w*|фотк\w*|снимк\w*|видео"
            r"|нюдс\w*)",
            r"нюдс\w*",
        ),
        "harm": (r"(?:насили|изнасиловани|домогательств|растлени|развратн|эксплуатаци)\w*",),
        "plea": (
            r"помогите", r"помоги", r"подскажите",
            r"(?:хочу|хотела?|хотим|нужно|надо) (?:сообщить|заявить|пожаловаться|написать заявление"
            r"|обратиться)",
            r"куда (?:обращаться|обратиться|сообщить|заявить|идти|звонить|писать|пожаловаться)",
            r"(?:что|как) (?:мне |нам )?(?:делать|быть|поступить)", r"к кому обратиться",
        ),
        "citation": (
            # not "№ 5": it folds to "no 5", which English uses too ("no 1 believes her")
            r"(?:стать[яиеюей]\w*|ст|ч|п|закон\w*|кодекс\w*|ук|коап|фз|указ\w*|постановлени\w*)\.?"
            r" ?\d",
            r"\d+-фз",
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
        ),
        "actor": (
            r"(?:有个|那个|一个)(?:男的|男人|叔叔|老师|教练|邻居)",
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
        ),
        "contact": (
            r"(?:要|索要|讨要|让.{0,4}发|叫.{0,4}发|发给他).{0,4}(?:照片|裸照|视频|私照|自拍)",
            r"(?:约|想约|要约|想和|想跟|要和|要跟).{0,4}(?:见面|出去|开房)",
            r"想见(?:她|他)",
            r"(?:不要|别|不准|不许)(?:告诉|跟)(?:别人|爸爸|妈妈|家长|父母)",
            r"网友(?:一直|总是|老是|经常|让|要|叫|约)",
            r"(?:网上|网络上|游戏里|微信上|抖音上)(?:有|认识)?(?:个|一个)?(?:男的|男人|陌生人"
            r"|叔叔|人)",
            r"威胁|勒索",
        ),
        "images": (
            r"裸照|裸体(?:照|视频|图)|私密(?:照|视频)|不雅(?:照|视频)|没穿衣服的(?:照片|视频)",
            r"(?:传|发|散布|传播|发布|分享|卖|转发|曝光)(?:了)?.{0,8}?(?:照片|视频)",
        ),
        "harm": (r"性侵|强奸|猥亵|性剥削|性虐待|儿童色情",),
        "plea": (
            r"救救|救命|帮帮我|帮帮忙|求(?:求)?(?:你们|你|大家)?帮", r"怎么办|该怎么做",
            r"怎么(?:举报|报警|报案)", r"(?:我|我们)?(?:想|要)(?:举报|报警|报案|投诉)",
            r"(?:在|去)哪(?:里|儿)?(?:举报|报案|报警)", r"向谁(?:举报|求助)",
        ),
        "citation": (
            r"第[\d一二三四五六七八九十百零]+条", r"《[^》]+》", r"(?:法|条例|规定|办法)第",
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
        ),
        "actor": (
            r"(?:ein|der|dieser|unser) (?:lehrer|trainer|nachbar|pfarrer|priester|mann|typ"
            r"|erwachsener|betreuer|stiefvater|onkel)",
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
            r"erpress\w*",
            r"(?:eindeutige|anzugliche|sexuelle|komische|seltsame|intime|versaute) (?:nachrichten"
            r"|angebote|chats|kommentare)",
            r"(?:droht|drohte|drohen)\w* (?:[\w-]+ ){0,4}(?:zu )?(?:veroffentlichen|verschicken"
            r"|posten|zeigen)",
        ),
        "images": (
            r"nackt\w*(?:bilder|fotos|videos|bild|foto|video)",
            r"nackt\w* (?:bilder|fotos|videos|bild|foto|video)",
            r"(?:intime|anzugliche|sexuelle|freizugige) (?:bilder|fotos|videos)",
            r"(?:bilder|fotos|videos|aufnahmen) von (?:meiner|meinem|ihr|ihm|meinen)",
            r"(?:verbreit|teilt|geteilt|postet|gepostet|verschickt|schickt|hochgeladen|ladt"
            r"|veroffentlich|verkauft)\w* (?:[\w-]+ ){0,3}(?:bilder|fotos|videos|nacktbilder"
            r"|nacktfotos|aufnahmen)",
        ),
        "harm": (r"(?:missbrauch|vergewaltigung|kinderpornograf|kinderpornograph|ubergriff)\w*",),
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
        ),
        "citation": (
            r"§", r"(?:art|artikel|abs|absatz|nr|gesetz|stgb|sgb)\.? ?\d",
            r"\d+[a-z]? (?:stgb|sgb|bgb|jugschg)",
        ),
    },
    "tr": {
        "victim": (
            r"(?:bana|beni) (?:[\w-]+ ){0,2}(?:dokun\w*|taciz\w*|istismar\w*|tecavuz\w*|elle\w*"
            r"|zorla\w*|sarkintilik\w*)",
            r"(?:taciz|istismar|tecavuz|saldiri)(?:ya|ye|e|a)? (?:ugradim|edildim|ugramistim"
            r"|ugruyorum|ugradik)\w*",
            r"benden (?:[\w-]+ )?(?:ciplak|ozel|mustehcen) (?:fotograf|foto|resim|video)\w*",
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
        ),
        "actor": (
            r"bir (?:adam|ogretmen|antrenor|komsu|imam|hoca|abi|amca)",
        ),
        "act": (
            r"(?:taciz|istismar|tecavuz|saldiri)(?:ya|ye|e|a)? (?:et|ed|edil|ugra|yap)\w*",
            r"dokun(?:du|uyor|an|mus|ur|acak|dug|makta)\w*",
            r"(?:elle(?:di|diyor|mis|yen)|elliyor)\w*", r"sarkintilik\w*",
            r"(?:kotu|yanlis|garip|uygunsuz) (?:seyler|sekilde) (?:yap|dokun)\w*",
            r"soy(?:du|mus|uyor|arak)\w*", r"soyundur\w*",
            r"(?:odama|odasina|yatagima|yatagina|banyoya) (?:[\w-]+ )?(?:gel|gir)\w*",
        ),
        "contact": (
            r"(?:fotograf|foto|resim|video|goruntu|ciplak)\w* (?:ist|gonder)\w*",
            r"(?:bulus(?:mak|alim|maya|mayi)|gorusmek ist)\w*",
            r"(?:surekli|hep) mesaj (?:at|gonder|yaz)\w*", r"kimseye (?:soyleme|anlatma)\w*",
            r"(?:uygunsuz|cinsel|mustehcen|garip) (?:mesaj|yazi|soz)\w*", r"tehdit\w*",
        ),
        "images": (
            r"(?:ciplak|mustehcen|cinsel|ozel|uygunsuz) (?:fotograf|foto|resim|video|goruntu)\w*",
            r"(?:fotograf|foto|resim|video|goruntu)\w* (?:[\w-]+ ){0,2}(?:paylas|yayil|yay|gonder"
            r"|sat)\w*",
        ),
        "harm": (r"(?:istismar|taciz|tecavuz|cinsel saldiri)\w*",),
        "plea": (
            r"yardim ed(?:in|er misiniz|ebilir misiniz)\w*", r"lutfen yardim",
            r"yardim(?:ci)? olun", r"imdat",
            r"(?:ihbar|sikayet|bildir)\w* (?:etmek|etmem|etmeliyim|istiyorum)\w*",
            r"nereye (?:bildir|basvur|sikayet|ihbar|gidebilir|gitmeli)\w*",
            r"(?:nasil|kime) (?:bildir|sikayet|ihbar|basvur|anlat)\w*",
            r"ne yap(?:mali|acag|ayim)\w*",
        ),
        "citation": (
            r"(?:madde|maddesi|md|kanun|kanunu|yonetmelik|tck|cmk)\.? ?\d",
            r"\d+\.? (?:madde|maddesi)", r"\d+ sayili",
        ),
    },
    "sw": {
        "victim": (
            r"\w*(?:li|me|na|ki|ka)(?:ye)?ni(?:nyanyas|bak(?:a|wa)|gus|dhulum|lawit|shik|vua)\w*",
            r"ni(?:li|me|na|ki)(?:nyanyasw|bakw|gusw|dhulumiw|lawitiw)\w*",
            r"\w*(?:li|me|na|ki)nitumi\w* (?:[\w-]+ )?(?:picha|video) (?:za |ya )?(?:uchi|chafu"
            r"|ngono)",
            r"(?:nili|nime)fanyiwa (?:vitendo|mambo|ukatili|unyanyasaji)",
        ),
        "deed": (
            # not -gus- (touch) here: "linamgusa" also means "concerns him"
            r"\w*(?:li|me|na|ki|ka|ta)(?:ye|o)?(?:m|mw)(?:nyanyas|bak(?:a|e|i)|dhulum|lawit|shik"
            r"|tong)\w*",
            r"a(?:li|me|na|ki)(?:nyanyasw|bakw|dhulumiw|lawitiw)\w*",
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
        ),
        "actor": (
            r"(?:mwalimu|kocha|jirani|mwanaume|mchungaji|mzee) (?:mmoja|huyo|huyu|fulani)",
            r"mjomba",
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
        ),
        "contact": (
            r"\w*omba (?:[\w-]+ ){0,3}picha",
            r"\w*taka kukutana (?:na|nae|naye)\w*", r"\w*taka kuonana",
            r"\w*tumia (?:[\w-]+ ){0,2}(?:ujumbe|jumbe|picha|pesa|zawadi)",
            r"usimwambie mtu|siri yetu|usimwambie", r"\w*tishia\w*",
        ),
        "images": (
            r"picha (?:za )?(?:uchi|chafu|ngono|zisizofaa)",
            r"video (?:za |ya )?(?:uchi|chafu|ngono)",
            r"\w*sambaz\w* (?:[\w-]+ ){0,2}(?:picha|video)",
            r"(?:picha|video) (?:[\w-]+ ){0,3}\w*sambaz\w*",
            r"picha (?:zake|za mwanangu|za binti|za mtoto wangu)",
        ),
        "harm": (r"(?:unyanyasaji|ubakaji|ukatili|udhalilishaji)\w*",),
        "plea": (
            r"nisaidie\w*", r"tusaidie\w*", r"naomba (?:msaada|mnisaidie|usaidizi)",
            r"msaada (?:tafadhali|jamani)", r"tafadhali (?:nisaidie|msaada|saidia)\w*",
            r"(?:nataka|ninataka|ningependa|tunataka) (?:kuripoti|kushtaki|kutoa taarifa)",
            r"(?:niripoti|nitaripoti|niende|nikaripoti) wapi", r"(?:naweza|nitaripoti) \w* ?wapi",
            r"nifanye nini|tufanye nini|sijui (?:nifanye|la kufanya)",
        ),
        "citation": (
            r"(?:kifungu|sheria|sura|kanuni|ibara)(?: na\.?| cha| ya)? \d",
            r"ya mwaka (?:19|20)\d\d",
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
        ),
        "actor": (
            r"(?:एक|वो|वह|कोई) (?:टीचर|अंकल|आदमी|कोच|पड़ोसी|शिक्षक|लड़का)",
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
        ),
        "contact": (
            r"(?:फोटो|तस्वीर\S*|वीडियो|पिक) (?:\S+ )?(?:माँग\S*|मांग\S*|भेजने|भेजो)",
            r"मिलना चाहता", r"मिलने (?:को|के लिए) (?:बुला|कह)\S*",
            r"(?:किसी को|किसी से) (?:मत|न) (?:बताना|कहना)",
            r"(?:photo|pic|pics|video) (?:maang|mang|bhej)\S*", r"milna chahta",
            r"ब्लैकमेल", r"धमकी|धमका\S*", r"blackmail\S*",
        ),
        "images": (
            r"(?:नंगी|नग्न|अश्लील|गंदी|आपत्तिजनक|निजी) (?:\S+ )?(?:तस्वीर\S*|फोटो\S*|वीडियो\S*"
            r"|क्लिप)",
            r"(?:तस्वीर\S*|फोटो|वीडियो) (?:\S+ ){0,2}(?:फैला|वायरल|शेयर|भेज|डाल|बेच)\S*",
            r"(?:nangi|ashleel|gandi) (?:photo|tasveer|video|pic)\S*",
        ),
        "harm": (r"(?:बलात्कार|यौन शोषण|छेड़छाड़|यौन उत्पीड़न)",),
        "plea": (
            r"(?:मदद|सहायता) (?:करें|करो|कीजिए|कीजिये|चाहिए|करिए)", r"मेरी मदद", r"कृपया मदद",
            r"बचाइए|बचाओ",
            r"(?:रिपोर्ट|शिकायत|एफआईआर|fir) (?:\S+ )?(?:करना|दर्ज करना|दर्ज कराना|लिखवाना)"
            r" (?:चाहता|चाहती|चाहते)",
            r"(?:कहाँ|किससे|कैसे) (?:\S+ )?(?:शिकायत|रिपोर्ट)",
            r"क्या करूँ|क्या करें|समझ नहीं आ रहा",
            r"(?:please|plz|pls) help", r"madad (?:karo|karein|kijiye|chahiye)",
            r"kya (?:karu|karun)", r"kahan (?:report|shikayat)",
        ),
        "citation": (
            r"(?:धारा|अधिनियम|अनुच्छेद|नियम|section) ?\d", r"(?:अधिनियम|act),? (?:19|20)\d\d",
        ),
    },
}
