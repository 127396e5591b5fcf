"""Swahili: each group's patterns (flows.kit.disclosure.shared says what the groups are and how
patterns are written)."""

from __future__ import annotations

from flows.kit.disclosure.shared import held_over

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        r"\w*(?:li|me|na|ki|ka)(?:ye)?ni(?:nyanyas|bak(?:a|wa)|gus|dhulum|lawit|shik|vua)\w*",
        r"ni(?:li|me|na|ki)(?:nyanyasw|bakw|gusw|dhulumiw|lawitiw)\w*",
        r"\w*(?:li|me|na|ki)nitumi\w* (?:[\w-]+ )?(?:picha|video) (?:za |ya )?(?:uchi|chafu"
        r"|ngono)",
        r"(?:nili|nime)fanyiwa (?:vitendo|mambo|ukatili|unyanyasaji)",
        # "samahani hii sio ya ripoti ila kuna kitu kilinitokea na mchungaji nilipokuwa mdogo":
        # something that happened to the writer, told with a memory.
        r"(?:ki|li|ya|ma)(?:li|me)nitokea\b.{0,80}(?:nilipokuwa (?:mdogo|mtoto)|utotoni|bado"
        r" (?:ki|li|ya)?nanisumbua|siwezi kusahau|mwaka jana)",
        # A child or teen telling of online grooming in the first person: told to tell no one,
        # asked to meet ("nina miaka 13 na kuna mwanaume wa insta ananiambia tusimwambie mtu").
        r"nina miaka 1[0-7]\b.{0,100}(?:anataka|alitaka|ananiomba) (?:tukutane|kukutana"
        r"|kuonana|tuonane)|ananiambia (?:nisi|tusi)(?:m|mw)?(?:wa)?ambie",
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
        *held_over(
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
        # Abuse told vaguely by the writer: "he puts his hands in my pants", "makes me do things",
        # "used to do things to me".
        r"\w*nifanyia (?:[\w-]+ )?(?:vitu|mambo|kitu|jambo) (?:vibaya|mabaya|baya|vya ajabu"
        r"|ya ajabu|vichafu|machafu)",
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
        # A particular child where the writer lives or studies ("a girl from our street", "a girl in
        # my class"), the one pictures are sold or passed around of.
        r"(?:kocha|mchungaji|mlezi|dereva|mwalimu) (?:wangu|yangu|wetu|yetu)",
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
        # Commercial sexual exploitation told indirectly: taken to his friends at night, back
        # with money and won't say; "nahisi anamuuza".
        r"\w*(?:m|mw|wa)peleka (?:[\w-]+ )?kwa (?:marafiki|wanaume|watu|wazee)",
        r"\w*rudi (?:[\w-]+ )?na (?:pesa|hela|zawadi|simu mpya)|\w*(?:na|li|me)(?:mu|m)uza\b",
        # Neglect told descriptively: alone for days, asking for food, no adult at home.
        r"peke (?:yao|yake) (?:[\w-]+ )?siku (?:\d+|mbili|tatu|nne|tano|kadhaa|nyingi)",
        r"\w*omba chakula|hakuna (?:mtu mzima|chakula)|hawana chakula",
        # An evidence note that turns personal: "lakini mwanangu mwenyewe amebadilika tangu aanze
        # mazoezi na yule kocha, analia usiku na hataki kwenda tena".
        r"(?:a|ame|ali|ime|nime|ume|wame)badilika tangu|analia (?:kila )?usiku|(?:hataki"
        r"|hapendi|anakataa) kwenda (?:tena|huko)|(?:a|ana|hu|ame|ali)kojoa kitandani"
        r"|hazungumzi (?:tena|na mtu)",
        # A professional's concern about one child shown by signs: sexual drawings, trembling when
        # her stepfather comes to pick her up.
        r"(?:a|ana|aki|ali|ame|hu|wana)chora (?:[\w-]+ ){0,2}(?:ya|za) (?:kingono|ngono|uchi)"
        r"|michoro ya (?:kingono|ngono)|(?:a|ana|aki|ali|ame|hu)tetemeka (?:[\w-]+ ){0,4}"
        r"(?:akija|anapokuja|anapofika)",
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
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"\w*fut\w* (?:[\w-]+ )?(?:ujumbe|jumbe|meseji|sms|zote|mazungumzo|chat)\w*",
        r"\w*(?:tumia|andikia|pigia) (?:[\w-]+ ){0,2}(?:sms|meseji|ujumbe|simu) usiku",
        r"(?:nisi|usi|asi)(?:wa)?ambie wazazi|mchezo wa siri|\w*tunz\w* siri",
        r"(?:ni|yeye ni|wewe ni) mpenzi wake|mpenzi wake",
        # A worker's suspicion of a colleague with one child: kept back alone, things bought.
        r"\w*(?:m|mw)nunulia (?:[\w-]+ ){0,2}(?:vitu|zawadi|nguo|simu|pipi)",
        r"\w*baki na (?:kijana|mtoto|msichana|mvulana) mmoja",
    ),
    "images": (
        r"picha (?:za )?(?:uchi|chafu|ngono|zisizofaa)",
        r"video (?:za |ya )?(?:uchi|chafu|ngono)",
        r"\w*sambaz\w* (?:[\w-]+ ){0,2}(?:picha|video)",
        r"(?:picha|video) (?:[\w-]+ ){0,3}\w*sambaz\w*",
        r"picha (?:zake|za mwanangu|za binti|za mtoto wangu)",
        # pictures of a particular child passed round or sold: "video zake zinauzwa"
        r"video (?:zake|za mwanangu|za binti|za mtoto wangu)",
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
        r"ni(?:m)?ripoti kwa nani|nimwambie nani",
        r"n(?:a|ina|ili)shuku\w*|nina (?:shaka|wasiwasi)",
        r"ni kawaida|kawaida (?:kweli|hii)",
        # a worker's doubt about a particular child
        r"nawaza vibaya|(?:sijui|nisijue) (?:kama )?(?:niende|nipige|niripoti)\w*"
        r"|nimsubiri (?:bosi|mkuu)\w*",
    ),
    "citation": (
        r"(?:kifungu|sheria|sura|kanuni|ibara)(?: na\.?| cha| ya)? \d",
        r"ya mwaka (?:19|20)\d\d",
        r"(?:ali|ame|wali|wame)hukumiwa|kifungo cha|jela (?:miaka|kwa)|asilimia",
        r"chini ya sheria|kwa mujibu wa sheria|(?:anaweza|wanaweza) kushtakiwa|(?:baba|mama"
        r"|mzazi"
        r"|mtu|mwalimu) yeyote",
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"\w*(?:naye|nao)shuku\w*|(?:a|wa)kishuku|(?:a|wa)(?:napaswa|natakiwa|nalazimika"
        r"|tapaswa|takiwa) kuripoti",
        # A judgment or general advice, not a story: "mshtakiwa", "hakuna mtu mzima anayepaswa".
        r"mahakama|mshtakiwa|hukumu|(?:mtu mzima|mtu yeyote) (?:anayepaswa|hapaswi)"
        r"|ushauri kwa wazazi|mweleze mtoto wako",
        # Prevention advice addressed to teens or on a leaflet: "mtu akikuomba picha ...,
        # mwambie mtu mzima unayemwamini".
        r"mtu mzima (?:unayemwamini|unayemuamini|wa kuaminika)|(?:mtu|mgeni) (?:aki|ata)ku(?:omba"
        r"|ambia|tumia|pa)\w*",
    ),
}
