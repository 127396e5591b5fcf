"""Fragments of Portuguese patterns written alike in Portugal and in Brazil, used by
flows.kit.disclosure.pt and flows.kit.disclosure.pt_br."""

from __future__ import annotations

from flows.kit.disclosure.shared import held_over

PT_KIN = (
    r"(?:filhas?|filhos?|crian[cç]as?|menina|menino|miud[oa]s?|bebe|sobrinh[oa]s?|net[oa]s?"
    r"|irm[aã](?:zinha)?|irm[aã]o(?:zinho)?|prim[oa]|entead[oa]|alun[oa]s?|afilhad[oa]"
    r"|amig[oa]|pequen[oa]|padrasto|madrasta|tio|tia|av[oô]|cunhado|treinador|professora?"
    r"|explicador|vizinh[oa]|padrinho|pai|m[aã]e)"
)

PT_ACT_FORMS = (
    r"(?:abusad[oa]s?|violad[oa]s?|estuprad[oa]s?|violentad[oa]s?|agredid[oa]s?|molestad[oa]s?"
    r"|assediad[oa]s?|apalpad[oa]s?|tocad[oa]s?|aliciad[oa]s?)"
)

PT_PICS = r"(?:fotos?|fotografias?|v[ií]deos?|imagens?|nudes|selfies?)"

# Physical harm, neglect, grooming, sextortion and what a child calls it, in both.
PT_VICTIM = (
    # abuse told vaguely by the writer: "fazia umas coisas comigo"
    r"(?:fazia|fez|faz|faziam) (?:umas |algumas )?coisas comigo",
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
    r"(?:minhas|meus|minha|meu) (?:[\w-]+ )?" + PT_PICS,
    r"se (?:eu )?nao (?:lhe )(?:mandar|enviar|mando|envio) (?:[\w-]+ ){0,2}(?:fotos?"
    r"|fotografias?|v[ií]deos?|nudes|mais)|se (?:eu )?nao (?:mandar|enviar) (?:mais|nudes)",
    r"(?:me ameac\w*|ameac\w*-me|me chantage\w*|chantage\w*-me) (?:[\w-]+ ){0,2}(?:postar"
    r"|publicar|divulgar|espalhar|vazar|mostrar|contar|expor)",
    *held_over(
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
    # Abuse told vaguely by the writer: "he puts his hands in my pants", "makes me do things", "used
    # to do things to me".
    r"(?:mexe|mexia|mexeu|apalpa|apalpava|apalpou)-me",
    # "desculpem ... aconteceu-me uma coisa com o treinador quando era pequeno": something that
    # happened to the writer, told with a memory.
    r"(?:aconteceu-me|me aconteceu|aconteceu (?:[\w-]+ ){0,2}comigo).{0,90}(?:quando (?:eu )?"
    r"(?:era|tinha)|em pequen|ainda penso|nao consigo esquecer|(?:no )?ano passado"
    r"|nunca esqueci)",
    # A child or teen telling of online grooming in the first person: told to keep a secret,
    # asked to meet ("tenho 13 anos e um senhor do insta diz pra eu guardar segredo").
    r"(?:diz|disse|dizia|pede|pediu|fala|falou) (?:pra|para) (?:eu )?(?:guardar segredo|nao"
    r" contar (?:a|pra|para) ninguem|apagar (?:as|nossas) (?:mensagens|conversas))",
    r"tenho 1[0-7] anos.{0,100}(?:quer|queria) (?:se )?(?:encontrar|conhecer|ver)(?:-se)?"
    r" ?(?:comigo|-me)|(?:quer|queria) me (?:encontrar|conhecer|ver)",
)

PT_PERSON = (
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

PT_ACT = (
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
    # Abuse told vaguely of someone else, and physical harm and neglect of a particular child: "a
    # hand in her pants", "touches her", "hitting her with a belt", "alone for whole days".
    r"(?:mexe|mexia|mexeu|apalpa|apalpava|apalpou)-me|(?:lhe|me) (?:toca|tocava|tocou|mexe"
    r"|mexia|apalpa|apalpava)",
    r"(?:batendo|espancando|agredindo|queimando|trancando) (?:nela|nele|neles|nelas|-a|-o"
    r"|a|o|os|as) ",
    r"(?:fica|ficam|ficava|vive|vivem|passa|passam) (?:[\w-]+ )?sozinh[oa]s? (?:[\w-]+ )?"
    r"(?:dias|noites|o dia|a noite|horas|semanas)|(?:vive|vivem) sozinh[oa]s?",
    # Commercial sexual exploitation told indirectly: taken to other men's houses or parties,
    # back with money; paid to make videos; "ta sendo explorada", "a esta a vender".
    r"(?:leva|levam|levava|levavam)(?:-a|-o| ela| ele)? (?:[\w-]+ )?(?:a|pra|para|pras|nas?)"
    r" (?:festas|casas? de (?:amigos|outros|uns) )",
    r"(?:volta|voltava|chega|chegava) (?:[\w-]+ )?com (?:dinheiro|presentes|prendas|roupa nova"
    r"|telemovel|celular)|(?:dao|da|davam|pagam|paga)(?:-lhe)? dinheiro (?:pra|para) (?:ela"
    r"|ele|fazer)",
    r"recebe\w* dinheiro (?:[\w-]+ ){0,4}(?:pra|para) deixar|(?:esta|ta|anda) (?:a ser |sendo )?"
    r"explorad[oa]|(?:a|o) (?:esta a|anda a|ta) vend\w*",
    # Neglect told descriptively: alone for days, asking for food, eating from the bin.
    r"sozinh[oa]s (?:ha|faz|a|desde ha) (?:uma|\d+|dois|duas|tres|varios|alguns) (?:dias"
    r"|semanas?)|(?:veio|vem|foi) pedir comida|comendo (?:[\w-]+ ){0,2}(?:do )?lixo",
    # physical harm: marks of a belt
    r"marcas? de (?:cinta|cinto|chinelo|fivela|mordida|queimadura)",
    # An evidence note that turns personal: "mas o meu proprio filho mudou ..., nao quer la
    # voltar e chora a noite", wets the bed again, no longer speaks.
    r"(?:nao quer|recusa-se a) (?:mais )?(?:la )?(?:voltar|ir)\b|chora (?:a|de|toda|todas as)"
    r" noites?|(?:faz|fazendo) xixi na cama|nao fala (?:com ninguem|mais|desde)",
    # An adult entering a younger sibling's room at night, the child afraid of him.
    r"(?:entra|entrando|entrava|vai|ia) (?:[\w-]+ )?no quarto d[ao] (?:minha|meu|sua|seu)"
    r" (?:[\w-]+ )?(?:irm|filh|prim|sobrinh)\w*|(?:com|tem|ficou com) (?:muito )?medo dele",
    # Physical abuse and hunger of a neighbour's child told as heard and seen.
    r"(?:escuto|ouco|oico|ouvi|ouvimos) (?:[\w-]+ ){0,4}(?:batendo|a bater|bater|espancar"
    r"|espancando|gritos|gritar|gritando)|(?:vive|anda|esta|ta) (?:sempre )?com (?:roxos?"
    r"|nodoas negras|marcas)|passando fome|cheio de fome|sempre com fome",
    # A professional's concern about one child shown by signs: sexual drawings, trembling when
    # her stepfather comes for her, strange injuries and a story that keeps changing.
    r"desenhos? (?:[\w-]+ )?sexua(?:is|l)|(?:treme|tremia|chora|congela) quando (?:o|a) "
    r"(?:padrasto|pai|tio|avo|namorado da mae) (?:vem|chega|a vem|o vem|vai)",
    r"(?:lesoes|marcas|feridas|nodoas negras|hematomas|roxos) (?:[\w-]+ )?(?:estranh[oa]s"
    r"|inexplicad[oa]s|sem explicacao)|mud(?:ou|a) (?:a )?(?:historia|versao)",
)

PT_CONTACT = (
    r"(?:oferece|oferecia|da|dava|dando|manda|mandava|compra|comprava)(?:-lhe)? (?:[\w-]+ ){0,3}"
    r"(?:dinheiro|presentes|prendas|robux|diamantes|v-?bucks|creditos|skins|recargas)",
    r"(?:ligar|abrir) a c[aâ]mera|chamada de v[ií]deo|videochamada|(?:para|pra) se encontrarem",
    r"diz que (?:me|a|o|te) ama|(?:quer|queria) que eu (?:va|venha|passe) (?:[\w-]+ ){0,2}casa dele"
    r"|sem (?:dizer|contar) (?:nada )?(?:a|pra|para) (?:minha|meu|ninguem)",
    r"(?:o |e )?(?:nosso|seu) segredo|segredo (?:nosso|deles|delas|dos dois|entre (?:eles"
    r"|os dois|nos))",
    r"nao (?:nos|me) (?:contar|dizer|falar)|nao (?:contar|dizer|falar) (?:nada )?(?:a|aos"
    r"|as|pra|para|pros|pras) (?:gente|a gente|nos|os pais|pais|mae|pai|ninguem|mim)",
    r"(?:leva|levava|chama|chamava|atrai|atraia|convida|convidava)\w* (?:os "
    r"|as )?(?:miudos|miudas|criancas|meninos|meninas|garotos|garotas"
    r"|putos) (?:[\w-]+ )?(?:para|pra|pro|a|ao) (?:(?:a |o )?casa dele"
    r"|(?:o )?apartamento dele|(?:o )?quarto dele|(?:o )?carro dele|casa)",
    # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete the
    # messages, not to tell the parents, to keep a secret or play a "secret game", and calls a
    # 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to me at
    # night, says to delete everything") as of someone else.
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
    # A worker's suspicion of a colleague with one child: lifts home, expensive presents.
    r"(?:leva|levava|fica com) (?:sempre )?o mesmo (?:miudo|menino|garoto|crianca|aluno"
    r"|rapaz)|(?:a mesma) (?:miuda|menina|garota|aluna|rapariga)",
)

# A general rule, not a story: "if a teacher suspects a pupil is being abused, they must inform the
# safeguarding lead", "teachers who suspect ... must report".
PT_RULE = (
    r"(?:que|quem) suspeit\w*|se (?:um|uma|algum\w*) (?:[\w-]+ ){0,2}suspeita\w*"
    r"|(?:e|sao|esta|estao) obrigad[oa]s? a (?:denunciar|comunicar|notificar|informar)",
    # General advice to parents, not a story: "explique que nenhum adulto deve pedir segredos".
    r"nenhum adulto (?:lhe |te |lhes )?(?:deve|pode|deveria)|expliqu(?:e|em)(?:-lhe|-lhes)? que",
    # a judgment: "acórdão", "o arguido apanhou 9 anos", "sentença", "o réu"
    r"acordao|arguid[oa]|(?:o|a) re[ui]\b|sentenca|tribunal d[ae] (?:relacao|justica|comarca)"
    r"|(?:apanhou|pegou|recebeu|levou) \d+ anos",
    # Prevention advice addressed to teens or on a leaflet, in the imperative: "se alguem pedir
    # fotos ..., conte para um adulto de confianca".
    r"(?:conte|conta|fale|fala|diga|diz|avise|procure)(?:-o)? (?:para|pra|a|com) (?:um|uma)"
    r" (?:adulto|pessoa) de confianca|se (?:alguem|algum adulto|um estranho|um desconhecido)"
    r" (?:te |lhe )?(?:pedir|pede|disser|oferecer|mandar)",
)
