"""Turkish: each group's patterns (flows.kit.disclosure.shared says what the groups are and how
patterns are written)."""

from __future__ import annotations

from flows.kit.disclosure.shared import held_over

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        r"(?:bana|beni) (?:[\w-]+ ){0,2}(?:dokun\w*|taciz\w*|istismar\w*|tecavuz\w*|elle\w*"
        r"|zorla\w*|sarkintilik\w*)",
        r"(?:taciz|istismar|tecavuz|saldiri)(?:ya|ye|e|a)? (?:ugradim|edildim|ugramistim"
        r"|ugruyorum|ugradik)\w*",
        r"benden (?:[\w-]+ )?(?:ciplak|ozel|mustehcen) (?:fotograf|foto|resim|video)\w*",
        # "kusura bakmayin rapora dair degil ama kucukken kursta bi hocayla bisey oldu": something
        # that happened to the writer, told with a memory.
        r"(?:kucukken|cocukken|gecen yil|gecen sene) (?:[\w-]+ ){0,4}(?:bisey|bir sey|birsey"
        r"|seyler) (?:[\w-]+ )?(?:oldu|yasadim|yasandi|yapti)",
        r"(?:bisey|bir sey|birsey|seyler) (?:[\w-]+ )?(?:oldu|yasadim|yasandi)\b.{0,40}(?:aklimdan"
        r" cikmiyor|unutamiyorum)",
        # A child or teen telling of online grooming in the first person: told to tell no one,
        # asked to meet ("13 yasindayim instadan bi adam ... kimseye soyleme diyo").
        r"1[0-7] yasindayim.{0,100}(?:bulusmak|gorusmek|gormek) (?:istiyo|istedi|istiyor)\w*"
        r"|kimseye (?:soyleme|anlatma)\w* (?:diyo|dedi|diyor)\w*",
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
        *held_over(
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
        # Abuse told vaguely by the writer: "he puts his hands in my pants", "makes me do things",
        # "used to do things to me".
        r"bana (?:[\w-]+ ){0,2}(?:seyler|bisiler|biseyler|bisey|birsey|bir sey|bir seyler"
        r"|kotu seyler|garip seyler|tuhaf seyler) yap\w*",
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
        r"\d{1,2} yasinda (?:bi|bir) (?:kiz|oglan|cocu|ogrenci)\w*",
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
        # Commercial sexual exploitation told indirectly: taken to other men's houses, back with
        # money; "adam onu satiyo".
        r"(?:arkadaslarinin|baska adamlarin|adamlarin|erkeklerin) (?:evine|evlerine|evinde)"
        r" (?:gotur|goturu|getir)\w*",
        r"(?:parayla|paralarla|hediyelerle|yeni telefonla) (?:don|gel|geliyo)\w*|onu sat(?:iyo"
        r"|iyor|mis|ti|acak)\w*",
        # Neglect told descriptively: alone for days, asking for bread, no adult at home.
        r"(?:\d+|iki|uc|dort|bes|kac|birkac) gundur (?:evde )?(?:yalniz|tek basina)\w*"
        r"|gunlerdir (?:evde )?(?:yalniz|tek basina)\w*",
        r"(?:ekmek|yemek|yiyecek) (?:istedi|istiyor|istiyo|dileniyor)|evde (?:hic )?(?:buyuk"
        r"|yetiskin|kimse) yok",
        # An evidence note that turns personal: "ama kendi oglum o antrenorle calismaya
        # basladigindan beri degisti, geceleri agliyor, gitmek istemiyor".
        r"geceleri (?:[\w-]+ )?(?:agli|altini islat|kabus)\w*|(?:gitmek|donmek) istemiyo\w*"
        r"|(?:basladigindan|gittiginden|oldugundan) (?:beri|bu yana) (?:[\w-]+ )?(?:degisti"
        r"|konusmuyor|agliyor)\w*|yatagini (?:tekrar |yine )?islat\w*|kimseyle konusmuyo\w*",
        # A professional's concern about one child shown by signs: sexual drawings, trembling when
        # her stepfather comes to take her.
        r"cinsel (?:[\w-]+ )?(?:resim|cizim)\w* ciz\w*|(?:almaya gelince|gelince|gordugunde)"
        r" (?:titri|agli|sakla|kork)\w*",
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
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"(?:mesaj|yazisma|konusma|sohbet)\w* (?:[\w-]+ )?sil\w*|hepsini sil\w*",
        r"gece(?:leri| yarisi| gec saatte)? (?:[\w-]+ )?(?:mesaj|yaz|ar)\w*",
        r"(?:aileme|ailesine|ailene|annemlere|evdekilere|anneme babama) (?:[\w-]+ )?(?:soyleme"
        r"|anlatma)\w*|gizli (?:bir )?oyun\w*|sir (?:tut|sakla)\w*",
        r"sevgili(?:si|m)? (?:oldugunu|oldugumu)",
        # A worker's suspicion of a colleague with one child: kept back alone, lifts home.
        r"(?:hep|surekli|her zaman) ayni (?:cocug|ogrenci|kiz|oglan)\w*|(?:onu|cocugu) (?:tek"
        r" basina )?eve birak\w*",
    ),
    "images": (
        r"(?:ciplak|mustehcen|cinsel|ozel|uygunsuz) (?:fotograf|foto|resim|video|goruntu)\w*",
        r"(?:fotograf|foto|resim|video|goruntu)\w* (?:[\w-]+ ){0,2}(?:paylas|yayil|yay|gonder"
        r"|sat)\w*",
        # pictures of a particular child found: "abimin bilgisayarinda kizinin fotograflari"
        r"(?:kiz|ogl|cocug|yegen|kuzen|torun|kardes)\w*(?:in|nin|un|nun) (?:fotograf|foto"
        r"|video|resim|goruntu)\w*|olmamasi gereken (?:fotograf|foto|video|resim)\w*",
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
        # a worker's doubt about a particular child
        r"polise mi (?:gideyim|gitsem|haber vereyim)|(?:muduru|mudurumu|amirimi|sefimi)"
        r" mi bekle\w*|abartiyor muyum",
    ),
    "citation": (
        r"(?:madde|maddesi|md|kanun|kanunu|yonetmelik|tck|cmk)\.? ?\d",
        r"\d+\.? (?:madde|maddesi)", r"\d+ sayili",
        r"(?:hapis cezasi|mahkum edil|beraat|yil hapis|yuzde)\w*|%\d",
        r"(?:yasa|kanun)(?:ya|a|sina|una) gore|yargilanabilir|cezalandirilir|(?:doven|siddet"
        r" uygulayan|istismar eden) (?:bir )?(?:baba|anne|ebeveyn|yetiskin|ogretmen)",
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"suphelenen|suphelenirse|suphelenmesi halinde"
        r"|(?:bildirmekle|ihbar etmekle) yukumlu\w*",
        # A judgment or general advice, not a story: "sanik 9 yil aldi", "hicbir yetiskin".
        r"sanik\w*|mahkeme\w*|\d+ yil (?:aldi|ceza)\w*|hicbir yetiskin\w*|(?:cocugunuza"
        r"|cocuklariniza) (?:anlatin|aciklayin|soyleyin)",
        # Prevention advice addressed to teens or on a leaflet: "biri senden fotograf isterse,
        # guvendigin bir yetiskine anlat".
        r"guvendigin (?:bir )?(?:yetiskin|buyug|kisi)\w*|(?:biri|birisi|bir yabanci|bir yetiskin)"
        r" (?:senden|sana)",
    ),
}
