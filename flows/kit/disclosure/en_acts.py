"""English acts: what was done, told as a story (the act group of flows.kit.disclosure.en, long
enough for a module of its own)."""

from __future__ import annotations

_EN_HARMS = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
    r"|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|whip(?:s|ped|ping)?|burn(?:s|ed|ing|t)?"
    r"|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|starv(?:es|ed|ing)|lock(?:s|ed|ing)?"
    r"|hurt(?:s|ing)?|tortur(?:es|ed|ing)|mistreat(?:s|ed|ing)?|maltreat(?:s|ed|ing)?"
    r"|neglect(?:s|ed|ing)?|tie(?:s|d)? up|shak(?:es|ing)|shook|throw(?:s|ing)?|threw"
    r"|pinch(?:es|ed|ing)?|bit(?:es|ing)?|drown(?:s|ed|ing)?|scald(?:s|ed|ing)?)"
)

ACT: tuple[str, ...] = (
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
    # A professional's concern about one child shown by signs: drawing sexual things, flinching
    # when the mother's boyfriend picks her up.
    r"(?:draws?|drawing|drew|drawings?) (?:of )?(?:[\w-]+ )?(?:sexual|sexualised|sexualized"
    r"|explicit|naked)",
    r"(?:flinch\w*|shak\w+|trembl\w+|freez\w+|cries|panics|hides|goes quiet) (?:[\w-]+ ){0,2}"
    r"(?:when|whenever|every time) (?:her|his|their|the) (?:[\w'-]+ ){0,2}(?:boyfriend|step-?dad"
    r"|stepfather|dad|father|uncle|partner|husband|coach|man) (?:picks|comes|collects|visits"
    r"|gets home|walks in|is around)",
    # An evidence note that turns personal: "my own son won't talk since his coach started ...",
    # a child who changed, cries at night, wets the bed again, refuses to go back.
    r"(?:won't|wont|doesn't|doesnt|refuses to|stopped|will not|has not|hasn't|hasnt)"
    r" (?:[\w-]+ )?(?:talk|speak|spoken|eat|eaten|sleep|slept)\w*(?: to (?:anyone|anybody|me"
    r"|us))? (?:since|after|ever since)",
    r"(?:wets?|wetting) the bed (?:again|since)|(?:cries|crying) (?:at|every|all) night"
    r"|(?:refuses|won't|wont|doesn't want|doesnt want) to go back (?:there|to)",
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
    # Abuse told vaguely of someone else, and physical harm and neglect of a particular child:
    # "a hand in her pants", "touches her", "hitting her with a belt", "alone for whole days".
    r"hands? (?:[\w-]+ )?(?:in|into|down|inside|up) (?:her|his) (?:pants|knickers|underwear"
    r"|undies|shorts|trousers|skirt|pyjamas|pajamas)",
    # pictures of undressed children, the adjective after the children
    r"(?:photos?|pictures?|pics?|images?|videos?|clips?) of (?:[\w-]+ )?(?:kids|children"
    r"|child|girls?|boys?|minors|toddlers|babies) (?:[\w-]+ )?(?:naked|nude|undressed"
    r"|topless|with no clothes)",
    # Commercial sexual exploitation told indirectly: a child taken to parties or other men's
    # flats who comes back with money or gifts and won't say; paid to make videos.
    r"(?:takes?|took|taking|drives?|drove|driving|brings?|brought) (?:her|him) (?:[\w-]+ )?to"
    r" (?:parties|(?:his|other) (?:[\w-]+ )?(?:mates|friends|men)'?s? (?:flats?|houses?"
    r"|places?|parties)|other (?:men|guys)'?s? (?:flats?|houses?|places?))",
    r"(?:comes?|came|coming|gets?) (?:back|home) with (?:[\w-]+ )?(?:cash|money|gifts"
    r"|presents|new (?:phones?|clothes|trainers))",
    r"(?:gives?|gave|giving|pays?|paid|paying) (?:her|him|them) (?:[\w-]+ )?(?:money|cash)"
    r" (?:to|for) (?:make|making|do|doing) (?:videos|pics|photos|things|stuff)",
    # Neglect told descriptively: no adult around for days, a child asking for food, nothing to
    # eat, a child half-dressed.
    r"no (?:adults?|grown-?ups?|parents?|one) (?:around|home|in the house|at home) (?:since|for)",
    r"(?:going|goes|went|looking|looks|looked) (?:thru|through|in) (?:[\w-]+ )?bins for food",
    r"(?:has|have|had|is|are|was|were|been) (?:been )?(?:home )?alone for (?:days|\d+ days"
    r"|a week|two days|three days)|(?:there's|theres|there is|there was|had) nothing to eat"
    r"|in (?:just|only) (?:a|her|his) (?:vest|nappy|diaper|pants|underwear)",
)
