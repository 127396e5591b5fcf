"""German: each group's patterns (flows.kit.disclosure.shared says what the groups are and how
patterns are written)."""

from __future__ import annotations

from flows.kit.disclosure.shared import held_over

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        r"(?:hat|haben|hatte|hatten) mich (?:[\w-]+ ){0,3}(?:missbraucht|vergewaltigt"
        r"|angefasst|begrapscht|betatscht|befummelt|beruhrt|belastigt|genotigt|ausgezogen"
        r"|gezwungen|angegrapscht)",
        # not "das berührt mich" (moves me) or "die Frist zwingt mich"
        r"(?:fasst|fasste|begrapscht|betatscht|missbraucht|missbrauchte|vergewaltigt"
        r"|vergewaltigte) mich",
        # "sorry gehört nicht zum bericht aber mir ist als kind im zeltlager was mit nem betreuer
        # passiert": something that happened to the writer, told with a memory.
        r"mir (?:ist )?(?:als kind|als ich klein war|damals|letztes jahr) (?:[\w-]+ ){0,5}(?:was"
        r"|etwas|sowas) (?:[\w-]+ ){0,4}passiert",
        r"(?:mir ist|ist mir) (?:[\w-]+ ){0,6}(?:was|etwas|sowas) (?:[\w-]+ ){0,4}passiert\b.{0,60}"
        r"(?:nicht los|nicht vergessen|immer noch|bis heute)",
        # A child or teen telling of online grooming in the first person: told to tell no one,
        # asked to meet ("bin 13 und ein mann von insta sagt ich soll keinem ... erzählen").
        r"(?:sagt|meint|schreibt|sagte) (?:mir,? )?(?:ich soll|ich darf) (?:keinem|niemandem"
        r"|niemand) (?:[\w-]+ ){0,4}(?:erzahlen|sagen)",
        r"(?:bin|ich bin) 1[0-7]\b.{0,100}(?:will|mochte|wollte) (?:sich )?(?:mit mir )?treffen",
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
        *held_over(
            r"(?:meine|mein) (?:[\w-]+ )?(?:bilder|fotos|videos|nacktbilder|nacktfotos|nudes)"
            r"|(?:bilder|fotos|videos|nacktbilder|nacktfotos|nudes) von mir",
            r"wenn ich (?:ihm |ihr |ihnen )?(?:nicht|nich|kein|keine) (?:[\w-]+ ){0,2}(?:zahle"
            r"|bezahle|schicke|schick|sende|gebe)|sonst (?:[\w-]+ ){0,3}(?:stellt|postet|schickt"
            r"|verbreitet|zeigt"
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
        # A particular child where the writer lives or studies ("a girl from our street", "a girl in
        # my class"), the one pictures are sold or passed around of.
        r"(?:madchen|junge|jungen|kind|kleine|kleinen|schulerin|schuler)\w* (?:aus|von|in|an)"
        r" (?:unserer|unserem|meiner|meinem|der|dem) (?:[\w-]+ )?(?:strasse|klasse|schule|haus"
        r"|nachbarschaft|siedlung|block|gegend|dorf|verein|kita|stufe)",
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
        # Commercial sexual exploitation told indirectly: driven to his mates, home with money
        # and says nothing; "der verkauft sie".
        r"(?:fahrt|fuhr|bringt|brachte|nimmt|nahm) (?:sie|ihn) (?:[\w-]+ )?(?:mit )?zu (?:seinen"
        r"|anderen|fremden) (?:[\w-]+ )?(?:kumpels|freunden|mannern|typen)",
        r"(?:kommt|kam) (?:[\w-]+ )?mit (?:geld|geschenken|neuen (?:sachen|klamotten|handy))"
        r" (?:heim|nach hause|zuruck)|(?:der|er) verkauft (?:sie|ihn)(?= |$|[.,!?])",
        # Neglect told descriptively: alone for days, searching the bin for food, no adult.
        r"seit (?:tagen|\d+ tagen|einer woche|mehreren tagen) (?:ganz )?(?:allein|alleine)",
        r"(?:im|in der) (?:mull|tonne|mulltonne) nach essen|kein erwachsener (?:zu sehen|da"
        r"|daheim)|(?:nichts|nix) zu essen",
        # An evidence note that turns personal: "aber mein eigener Sohn ist seit dem Trainingslager
        # total verändert, nässt wieder ein und will nicht mehr hin".
        r"(?:nasst|macht) (?:wieder|nachts) (?:ein|ins bett)|(?:will|mochte) (?:da |dort )?nicht"
        r" mehr hin|seit (?:dem|der|er|sie) (?:[\w-]+ ){0,3}(?:total |vollig |ganz )?verandert"
        r"|weint (?:jede nacht|nachts|jeden abend)|redet (?:nicht mehr|mit niemandem)",
        # A professional's concern about one child shown by signs: strange injuries and a story
        # that keeps changing, sexual drawings, trembling when the stepfather picks her up.
        r"(?:komisch|seltsam|merkwurdig|unerklarlich)\w* (?:verletzungen|blaue flecken|wunden"
        r"|flecken)|erzahlt (?:jedes ?mal|immer) (?:was|etwas) anderes",
        r"malt (?:[\w-]+ )?(?:sexuelle|sexualisierte|nackte)|(?:zittert|weint|erstarrt)"
        r" (?:[\w-]+ )?wenn (?:ihr|sein|der) (?:stiefvater|vater|onkel|opa|freund der mutter)"
        r" (?:sie|ihn) (?:abholt|holt)",
        # Physical abuse and hunger of a neighbour's child told as heard and seen: "hat immer
        # hunger und ich höre wie sein vater ihn schlägt".
        r"(?:immer|standig|dauernd|oft|jeden tag) hunger|(?:hore|hort|horen|horte) (?:[\w-]+ ){0,6}"
        r"(?:schlagt|schlagen|verprugelt|haut|brullt)",
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
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"(?:alles|nachrichten|chats?|chatverlauf|verlauf|die nachrichten|den chat)"
        r" (?:[\w-]+ )?(?:loschen|losche|geloscht)|(?:loscht|loschen soll|losch) (?:[\w-]+ )?"
        r"(?:alles|nachrichten|chats?|verlauf)",
        r"(?:schreibt|schrieb|textet|ruft) (?:mir|ihr|ihm) (?:[\w-]+ )?(?:nachts|in der nacht"
        r"|jede nacht|spat abends|mitten in der nacht)",
        r"(?:meinen|deinen|seinen|ihren|den) eltern (?:[\w-]+ )?(?:nix|nichts) (?:davon )?"
        r"(?:sagen|erzahlen|verraten)|geheim(?:es |e )?spiel\w*|geheimnis (?:[\w-]+ )?"
        r"(?:bewahren|behalten|fur sich)",
        r"(?:sie|ich|du) (?:sei|ist|bin|ware|bist) seine (?:freundin|kleine freundin|liebste)",
        # A worker's suspicion of a colleague with one child: home alone with him, gifts.
        r"(?:den gleichen|denselben|immer den|nur den) (?:jungen|kleinen|spieler|schuler)"
        r"|(?:allein|alleine) (?:mit )?(?:nach hause|im auto|in der kabine)",
        r"(?:kauft|kaufte|schenkt) (?:ihm|ihr) (?:[\w-]+ )?(?:sachen|geschenke|klamotten"
        r"|handy|schuhe)",
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
        # Pictures of a particular child ("videos of a little girl"), sold or passed round.
        r"(?:videos?|bilder|fotos|clips?|aufnahmen) (?:[\w-]+ ){0,2}von (?:[\w-]+ ){0,2}(?:madchen"
        r"|jungen|kind|kindern|kleinen|schulerin)",
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
        # a worker's doubt about a particular child
        r"ubertreib\w* ich|(?:bin|ist) (?:das|ich) (?:paranoid|ubertrieben)|soll ich (?:was"
        r"|etwas) sagen",
    ),
    "citation": (
        r"§", r"(?:art|artikel|abs|absatz|nr|gesetz|stgb|sgb)\.? ?\d",
        r"\d+[a-z]? (?:stgb|sgb|bgb|jugschg)",
        r"verurteilt|freigesprochen|haftstrafe|(?:jahre|jahren|monate|monaten) haft|urteil"
        r"|prozent",
        r"nach dem (?:neuen )?gesetz|(?:kann|konnen) (?:[\w-]+ ){0,2}(?:belangt|bestraft"
        r"|verfolgt)|strafbar|(?:jeder|jede) (?:vater|mutter|elternteil|erwachsene|lehrer)\w*,?"
        r" (?:der|die)",
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"(?:die|der|wer) (?:einen )?(?:verdacht (?:haben|hat)|vermuten|vermutet)|wenn (?:ein"
        r"|eine|die|der) (?:[\w-]+ ){0,2}(?:vermutet|vermuten|einen verdacht)"
        r"|(?:ist|sind) verpflichtet",
        # A judgment or general advice, not a story: "der Angeklagte", "kein Erwachsener darf".
        r"angeklagt\w*|(?:land|amts|ober)gericht\w*|kein erwachsener (?:darf|sollte)|erklaren sie"
        r" ihrem kind",
        # Prevention advice addressed to teens or on a leaflet, in the imperative: "wenn dich jemand
        # nach fotos fragt, erzähl es einem erwachsenen, dem du vertraust".
        r"(?:einem|einer) (?:erwachsenen|person),? (?:dem|der) (?:du|ihr) vertrau\w*"
        r"|(?:einer|einem) vertrauens(?:person|erwachsenen)|wenn (?:dich|dir) (?:jemand"
        r"|ein fremder)|wenn jemand (?:dich|dir)",
    ),
}
