"""English: each group's patterns (flows.kit.disclosure.shared says what the groups are and how
patterns are written). The acts are in flows.kit.disclosure.en_acts."""

from __future__ import annotations

from flows.kit.disclosure.en_acts import ACT
from flows.kit.disclosure.shared import held_over

# Fragments of the patterns below.
_EN_KIN = (
    r"(?:daughters?|sons?|child|children|kids?|baby|niece|nephew|grand(?:daughter|son|child|kid)s?"
    r"|sisters?|brothers?|cousins?|step-?(?:daughter|son|kid)s?|girls?|boys?|little one"
    r"|students?|pupils?|(?:best )?friends?|god(?:son|daughter|child)|foster (?:child|son|daughter)"
    r"|step-?(?:dad|father|mum|mom|mother|brother)|stepdad|uncle|aunt|grand(?:pa|dad|father|ma)"
    r"|father|dad|mum|mom|mother|babysitter|coach|teacher|tutor|neighbou?rs?|pastor|priest"
    r"|(?:mum|mom|mother|sister)'?s (?:boyfriend|partner|husband))"
)

_EN_PICS = r"(?:photos?|pictures?|pics?|images?|videos?|selfies?|clips?|nudes)"

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        r"(?:abus|rap|molest|assault|grop|fondl|touch|harass|violat|undress)(?:e|es|ed|ing|s)?"
        r" me",
        # passive only: "I touched upon grooming in the report" is a note
        r"(?:i|i'm|im|i've|ive) (?:was|am|got|get|have been|had been|been|being|keep getting"
        r"|was being|am being) (?:[\w-]+ ){0,2}(?:abused|raped|molested|assaulted|touched"
        r"|groped|fondled|harassed|exploited|groomed|violated)",
        r"(?:happened|happening|was done|done) to me",
        # A child or teen telling of online grooming in the first person: told to keep the chats
        # secret, asked to meet by someone met online ("im 14 and a man i met online ...").
        r"(?:tells?|telling|told|asks?|asking|asked|wants?|makes?|made) me (?:to )?keep (?:it|this"
        r"|that|us|everything|our (?:[\w-]+ )?(?:chats?|messages|texts|talks|conversations?"
        r"|friendship|relationship|pics|photos|game)) (?:a )?secret",
        r"(?:met|know|knew|talk(?:ing)? to|chat(?:ting)? (?:to|with)) (?:him |her )?(?:online"
        r"|on (?:[\w-]+ )?(?:insta\w*|snap\w*|tiktok|discord|roblox|fortnite|minecraft|whatsapp"
        r"|a game|the internet)).{0,80}(?:wants?|asks?|asked|asking|keeps asking) (?:me )?to meet"
        r"(?! the)",
        r"(?:i'm|im|i am) (?:only |just )?1[0-7](?: years?| yrs?)?(?: old)?\b.{0,100}(?:wants?"
        r"|asks?|asked|asking|keeps asking) (?:me )?to meet (?:me|up)",
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
        *held_over(
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
        # Abuse told vaguely by the writer: "he puts his hands in my pants", "makes me do things",
        # "used to do things to me".
        r"(?:puts?|putting|shoves?|shoved|sticks?|stuck) (?:his|her) hands? (?:[\w-]+ )?(?:in|into"
        r"|down|inside|under|up) my (?:pants|knickers|underwear|undies|shorts|trousers|skirt"
        r"|top|shirt|clothes|pyjamas|pajamas)",
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
        # Commercial sexual exploitation told indirectly: "i think he's selling her"
        r"(?:is|he's|hes|she's|shes|they're|theyre|are|been|was) (?:[\w-]+ )?(?:selling|pimping)"
        r" (?:her|him)(?= to|$|[.,!?])",
    ),
    "person": (
        r"my (?:[\w-]+ ){0,2}" + _EN_KIN,
        # not "our children", "our teachers": that is how policy is written
        r"our (?:[\w-]+ )?(?:daughter|son|child|kid|baby|niece|nephew|granddaughter|grandson"
        r"|stepdaughter|stepson|foster child|little girl|little boy)",
        r"(?:a|one|the|this|that|another) (?:[\w-]+ )?(?:girl|boy|child|kid|student|pupil"
        r"|teen|teenager)s? (?:in|at|from|of|on|down) (?:my|our)",
        r"(?:one|some|two|three|several|many|all) of (?:my|our) (?:[\w-]+ ){0,2}(?:students|pupils"
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
        # Someone close named with a possessive, typed without the apostrophe: "my husbands laptop".
        r"(?:my|her|his) (?:husband|partner|boyfriend|brother-in-law|lodger|flatmate)'?s",
    ),
    "act": ACT,
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
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"(?:delete|deletes|deleting|deleted|erase|erases|clear|clears|wipe|wipes) (?:[\w-]+ ){0,2}"
        r"(?:messages|msgs|chats?|texts|dms|conversations?|snaps|history|everything)",
        r"(?:messages|messaged|texts|texted|dms|snaps|calls|writes to) (?:me|her|him) (?:[\w-]+ )?"
        r"(?:at night|every night|in the night|all night|late at night|after midnight)",
        r"secret games?|(?:keep|keeps|keeping|kept) (?:a|the|their|his|her|our) secrets?",
        r"(?:says?|said|calls?|called) (?:[\w-]+ )?(?:his|her) (?:girlfriend|boyfriend)",
        # A worker's suspicion of a colleague with one child: lifts home alone, things bought.
        r"(?:giv|offer)\w* (?:(?:one|a|the same|this|that) (?:[\w-]+ )?(?:boy|girl|kid|child)"
        r"|(?:him|her)) (?:[\w-]+ )?lifts?(?: home)? alone",
        r"(?:buy|buys|buying|bought) (?:him|her) (?:[\w-]+ )?(?:stuff|things|clothes|phones?"
        r"|trainers|sweets|treats)",
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
        # a worker's doubt about a particular child
        r"am i (?:overreacting|being paranoid|paranoid)|should i (?:say|do) (?:something|anything)"
        r"|(?:wait for|go to) my (?:supervisor|manager|boss) or (?:report|call)",
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
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"(?:who|that) suspects?|(?:if|when|where) (?:a|an|any) (?:[\w-]+ ){0,2}suspects"
        r"|(?:is|are) (?:required|obliged|obligated|mandated) to (?:report|inform|notify|refer)",
        # A judgment or general advice, not a story: "the accused received 9 years", "explain
        # that no adult should ever ask them to keep a secret".
        r"judge?ments? (?:of|in|by|from) the (?:[\w-]+ )?court|court (?:judge?ment|ruling)"
        r"|the (?:accused|defendant)\b|(?:crown|high|district|supreme) court"
        r"|(?:got|received|given|handed) (?:a )?\d+[- ]?(?:years?|yrs?)|no (?:adult|one|grown-?up)"
        r" should (?:ever )?(?:ask|tell|make)",
        # Prevention advice addressed to teens or on a leaflet, in the imperative to "you": "if
        # someone asks you for photos ..., tell a trusted adult".
        r"(?:tell|talk to|speak to|speak with|go to) (?:a |an |your )?(?:trusted|safe) (?:adult"
        r"|grown-?up|person)|(?:if|when) (?:someone|anyone|somebody|an adult|a stranger)"
        r" (?:[\w-]+ )?(?:asks|tells|offers|sends|wants) you",
    ),
}
