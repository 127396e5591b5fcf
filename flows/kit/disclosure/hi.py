"""Hindi, in Devanagari and in Latin letters: each group's patterns (flows.kit.disclosure.shared
says what the groups are and how patterns are written)."""

from __future__ import annotations

from flows.kit.disclosure.shared import held_over

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        # not "मुझे गलत जानकारी दी गई" (I was given wrong figures)
        r"(?:मुझे|मुझको) (?:\S+ ){0,3}(?:छुआ|छूता|छूते|छू|छेड़\S*|(?:गलत|गंदे|गंदी) (?:तरीके"
        r"|ढंग"
        r"|जगह|तरह|नज़र))",
        r"(?:मेरे|मेरी) साथ (?:\S+ ){0,3}(?:गलत|बलात्कार|रेप|छेड़छाड़|जबरदस्ती|गंदा|गंदी)",
        r"मेरा (?:\S+ ){0,2}(?:यौन शोषण|शोषण|बलात्कार|रेप)",
        r"(?:mujhe|mujhko) (?:\S+ ){0,2}(?:chhua|chua|chhuta|touch)",
        # "bachpan mein tuition wale sir ne mere saath kuch kiya tha aur abhi tak bhool nahi
        # paya": something done to the writer, or that happened, told with a memory.
        r"(?:mere|meri) saath (?:\S+ ){0,2}kuch (?:kiya|karta|karte)|(?:मेरे|मेरी) साथ (?:\S+ ){0,2}"
        r"कुछ (?:किया|करता|करते)",
        r"(?:mere|meri) saath (?:\S+ ){0,2}kuch (?:hua|ho gaya).{0,60}(?:bhool|bhul|bachpan"
        r"|pichhle saal)|(?:मेरे|मेरी) साथ (?:\S+ ){0,2}कुछ (?:हुआ|हो गया).{0,60}(?:भूल|बचपन"
        r"|पिछले साल)",
        # A child or teen telling of online grooming in the first person: told to tell no one,
        # asked to meet ("मैं 13 साल की हूँ, इंस्टा पे एक अंकल ... मिलना चाहते हैं").
        r"(?:मैं|main|mai) 1[0-7] (?:साल|saal|sal) .{0,100}(?:मिलना चाहत|मिलने (?:को|के लिए)"
        r"|किसी को मत बता|milna chaht|milne (?:ko|ke liye)|kisi ko mat bata)",
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
        *held_over(
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
        r"\d{1,2} साल (?:की|का|के) (?:\S+ )?(?:बेटी|बेटा|बेटे|बच्ची|बच्चा|लड़की|लड़का|लड़के|भतीजी"
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
        # A particular child where the writer lives or studies ("a girl from our street", "a girl in
        # my class"), the one pictures are sold or passed around of.
        r"(?:हमारी|मेरी|हमारे|मेरे) (?:गली|मोहल्ले|कॉलोनी|क्लास|स्कूल|बिल्डिंग|सोसाइटी|गांव)\S*"
        r" (?:की|के|का|में) (?:\S+ ){0,2}(?:बच्ची|बच्चा|लड़की|लड़का|बच्चे|बच्चों|बेटी)",
        r"(?:hamari|humari|meri|mere|hamare|humare) (?:gali|mohalle|colony|class|school|building"
        r"|society|gaon)\S* (?:ki|ke|ka|mein|me) (?:\S+ ){0,2}(?:bachi|bacchi|bachchi|ladki|ladka"
        r"|bacha|bachcha|bachche|beti)",
        r"(?:apne|apni|mere|meri) (?:bhatij|bhanj|bhai|behen|bahan|beti|bete|chachere|mamere)\S*",
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
        # Commercial sexual exploitation told indirectly: taken to his friends, back with money
        # and says nothing; "वो उसे बेच रहा है".
        r"(?:दोस्तों|आदमियों|लोगों) के (?:यहां|यहाँ|घर|पास) ले (?:जाता|जाते|गया)|पैसे लेकर"
        r" (?:लौटती|लौटता|आती|आता)|उसे बेच (?:रहा|रहे|दिया|देता)",
        r"(?:doston|aadmiyon|logon) ke (?:yahan|ghar|paas) le (?:jata|jaata|jate|gaya)|paise"
        r" lekar (?:lautti|lautta|aati|aata)|use bech (?:raha|rahe|diya|deta)",
        # Neglect told descriptively: alone for days, asking for food, no adult at home.
        r"(?:\d+|कई|दो|तीन|चार) दिन से अकेले|खाना मांग\S*|कोई बड़ा नहीं",
        r"(?:\d+|kai|do|teen|char) din se akele|khana (?:maang|mang)\S*|koi bada nahi",
        # An evidence note that turns personal: "लेकिन मेरा अपना बेटा उस कोच के पास जाने के बाद से
        # बदल गया है, रात को रोता है और जाना नहीं चाहता".
        r"(?:रात को|रात में|रातों को) (?:\S+ )?(?:रोता|रोती|बिस्तर गीला)|(?:जाना|वापस जाना) नहीं"
        r" (?:चाहता|चाहती)|के बाद से (?:\S+ )?बदल (?:गया|गई)|raat (?:ko|mein|me) (?:rota|roti)"
        r"|jana nahi (?:chahta|chahti)|ke baad se badal (?:gaya|gayi)",
        # A professional's concern about one child shown by signs: strange drawings, trembling
        # when her stepfather comes to pick her up.
        r"(?:ajeeb|gandi|sexual|ashleel) (?:drawings?|chitra|tasveer\S*) bana|(?:kaanp|kanp)ne"
        r" lag(?:ti|ta)|(?:अजीब|गंदी|गंदे) (?:ड्रॉइंग|चित्र|तस्वीर)\S* बना|(?:कांप|काप)ने लग(?:ती|ता)",
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
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"(?:डिलीट|डिलिट|मिटा)\S* (?:कर|दो|दे)\S*|(?:delete|dilit|mita)\S* (?:kar|do|de)\S*",
        r"रात को (?:\S+ )?(?:मैसेज|मेसेज|फोन|कॉल)|raat ko (?:\S+ )?(?:message|msg|call|phone)",
        r"(?:घरवालों|घर वालों|मम्मी पापा|माता पिता|मम्मी|पापा|मां|माँ) को (?:कुछ )?(?:मत|न|नहीं)"
        r" (?:बताना|बताओ|बोलना|कहना)|(?:gharwalon|ghar walon|mummy papa|mummy|papa|maa) ko"
        r" (?:kuch )?(?:mat|na|mt) (?:batana|batao|bolna|kehna)",
        r"(?:अपनी|मेरी) गर्लफ्रेंड|(?:apni|meri) girlfriend",
        # A worker's suspicion of a colleague with one child: kept back alone, gifts.
        r"अकेले (?:रोकता|रोकते|बुलाता|ले जाता)|akele (?:rokta|rokte|bulata|le jata)",
    ),
    "images": (
        r"(?:नंगी|नग्न|अश्लील|गंदी|आपत्तिजनक|निजी) (?:\S+ )?(?:तस्वीर\S*|फोटो\S*|वीडियो\S*"
        r"|क्लिप)",
        r"(?:तस्वीर\S*|फोटो|वीडियो) (?:\S+ ){0,2}(?:फैला|वायरल|शेयर|भेज|डाल|बेच)\S*",
        r"(?:nangi|ashleel|gandi) (?:photo|tasveer|video|pic)\S*",
        r"(?:photos?|pics?|videos?|tasveer\S*|clips?|foto\S*) (?:\S+ ){0,3}(?:bech|bik|bhej|share"
        r"|viral|phaila|daal|forward|post|upload)\S*",
        # Pictures of a particular child ("videos of a little girl"), sold or passed round.
        r"(?:बच्ची|बच्चे|लड़की|लड़के|बेटी)\S* (?:के|की) (?:\S+ )?(?:वीडियो|फोटो|तस्वीर)\S*",
        r"(?:bachi|bacchi|bachchi|bachche|bacche|ladki|ladke|beti|bete)\S* (?:ke|ki) (?:\S+ )?"
        r"(?:videos?|photos?|pics?|tasveer\S*|foto\S*)",
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
        r"|complaint karu|report karun?)",
        r"(?:मुझे )?शक (?:है|हो|होता)|(?:mujhe )?shak (?:hai|ho)",
        r"(?:kya )?(?:ye|yeh|ya) normal hai|क्या (?:यह|ये) (?:सामान्य|नॉर्मल) है",
        # a worker's doubt about a particular child
        r"(?:ज्यादा|ज़्यादा) (?:तो नहीं )?सोच रहा|(?:zyada|jyada|zyaada) (?:to nahi )?soch raha"
        r"|samajh nahi aa raha|police (?:jau|jaun|jaaun) ya",
    ),
    "citation": (
        r"(?:धारा|अधिनियम|अनुच्छेद|नियम|section) ?\d", r"(?:अधिनियम|act),? (?:19|20)\d\d",
        r"सजा|सज़ा|कारावास|दोषी ठहराया|प्रतिशत|\d+ ?%",
        r"कानून के तहत|मुकदमा हो सकता|(?:पीटने|मारने) वाले|kanoon ke tahat",
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"(?:शक|संदेह) होने पर|(?:सूचना|रिपोर्ट) (?:देना|करना) (?:अनिवार्य|ज़रूरी) है|अनिवार्य रूप से"
        r"|(?:shak|sandeh) hone par|report karna anivarya",
        # A judgment told in romanised Hindi: "Sessions court faisla 2022: aaropi ko 7 saal ki
        # saza" (the judgment, the accused, the sentence).
        r"(?:court|adalat|kort)\S* (?:ka |ki |ne )?(?:faisla|faisle|nirnay)|aaropi|aropi|abhiyukt"
        r"|आरोपी|अभियुक्त|\d+ (?:saal|sal|varsh|mahine) (?:ki|ka) (?:saza|sazaa|saja|kaid|jail)"
        r"|(?:saza|sazaa|saja) (?:sunai|di gayi|mili|hui)",
        # general advice: "बच्चे को समझाएं कि कोई भी बड़ा फोटो नहीं मांग सकता"
        r"(?:समझाएं|समझाइए|बताएं) कि|कोई भी (?:बड़ा|वयस्क|व्यक्ति)|koi bhi (?:bada|vayask)"
        r"|(?:bachche|bacche|bachchon|bacchon|bachon) ko samjha\S*",
        # Prevention advice addressed to teens or on a leaflet: "अगर कोई तुमसे फोटो मांगे, किसी
        # भरोसेमंद बड़े को बताओ".
        r"भरोसे(?:मंद| वाले) (?:बड़े|व्यक्ति|बड़ों)|bharose(?:mand| wale) (?:bade|vyakti)"
        r"|अगर कोई (?:तुमसे|आपसे|तुम्हें)|agar koi (?:tumse|aapse|tumhe)",
    ),
}
