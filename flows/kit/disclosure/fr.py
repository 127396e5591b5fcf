"""French: each group's patterns (flows.kit.disclosure.shared says what the groups are and how
patterns are written). The acts are in flows.kit.disclosure.fr_acts."""

from __future__ import annotations

from flows.kit.disclosure.fr_acts import ACT
from flows.kit.disclosure.shared import held_over

PATTERNS: dict[str, tuple[str, ...]] = {
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
        # "desole c pas pour le rapport mais il s'est passe un truc avec mon entraineur quand
        # j'etais petit": something that happened to the writer, told with a memory.
        r"(?:il s'est passe|il m'est arrive|j'ai vecu|s'est passe)"
        r" (?:un truc|quelque chose|qqch|des choses|des trucs|une chose).{0,80}(?:quand"
        r" j'etais|me hante|oublier|j'y pense|l'an dernier|l'annee derniere)",
        # A child or teen telling of online grooming in the first person: told to keep a secret,
        # asked to meet ("j'ai 13 ans et un homme sur snap ... veut me voir").
        r"(?:me dit|m'a dit|me demande|m'a demande|me demandait|me disait) de (?:garder (?:le|ce"
        r"|notre|nos) (?:[\w-]+ )?secrets?|(?:ne )?(?:rien )?(?:dire|le dire) a personne"
        r"|ne pas en parler|supprimer (?:nos|les) (?:messages|conversations))",
        r"j'ai (?:1[0-7]) ans.{0,100}(?:veut|voudrait|demande a|insiste pour) me (?:voir"
        r"|rencontrer)",
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
        *held_over(
            r"(?:mes|ma|mon) (?:[\w-]+ )?(?:photos?|videos?|nudes|images?)"
            r"|(?:photos?|videos?|nudes|images?) de moi",
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
        # Abuse told vaguely by the writer: "he puts his hands in my pants", "makes me do things",
        # "used to do things to me".
        r"m(?:'| |' )(?:oblige|obligeait|a oblige|force|forcait|a force) a (?:lui )?(?:faire"
        r"|toucher) (?:des|ces|les|plein de) (?:choses|trucs)",
    ),
    "deed": (
        r"(?:l'a|l'ont|l'avait|l'avaient) (?:[\w-]+ )?(?:violee?|touchee?|tripotee?|agressee?"
        r"|abusee?|deshabillee?|caressee?)",
        r"(?:il|elle|ils) (?:la|le) (?:touche|touchait|touchent|tripote|tripotait|viole"
        r"|violait|caresse|caressait|deshabille|deshabillait)",
        r"(?:abuse|abusait|abusent|abusaient|a abuse) (?:d'elle|de lui|d'eux)",
        r"(?:lui|leur) (?:fait|faisait|a fait|font) (?:des |faire des )?(?:attouchements"
        r"|choses|trucs)",
        # Commercial sexual exploitation told indirectly: "il la vend", "il la fait travailler".
        r"(?:il|ils|qu'il|quil|qu il) (?:la|le|les) (?:vend|vendent|prostitue|fait travailler"
        r"|fasse travailler|fait tapiner)",
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
        r"l'?entraineur|l'?animateur|l'?educateur",
    ),
    "act": ACT,
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
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"(?:efface|effacer|effacez|supprime|supprimer|supprimez)\w* (?:[\w'-]+ ){0,2}(?:messages"
        r"|conversations?|discussions?|sms|historique|tout)",
        r"(?:m'|m |lui |leur )?(?:ecri\w*|envoie des messages|texte) (?:[\w'-]+ ){0,3}(?:la nuit"
        r"|tous les soirs|chaque soir|chaque nuit|toutes les nuits|tard le soir)",
        r"(?:garder|garde|gardent) (?:un|le|ce|leur|notre) secret|jeux? secrets?"
        r"|(?:rien|pas le) dire a (?:mes|tes|ses) parents",
        r"qu'? ?(?:elle|je|j) (?:est|suis|etait|etais) sa (?:copine|cherie|petite amie|amoureuse"
        r"|meuf|femme)",
        # A worker's suspicion of a colleague with one child: kept back alone, lifts, gifts.
        r"(?:garde|gardait|retient|retenait|ramene|raccompagne)\w* (?:[\w-]+ )?(?:le meme"
        r"|toujours le meme|un seul|ce) (?:gamin|garcon|enfant|petit|gosse|eleve|jeune)",
        r"seule? (?:avec (?:lui|elle) )?dans (?:le|les) (?:vestiaires?|voiture|douches?)",
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
        # Pictures of a particular child ("videos of a little girl"), sold or passed round.
        r"(?:photos?|videos?|images?) (?:d'|d |de )(?:une|un|la|des|cette|ma|sa) (?:[\w-]+ )?"
        r"(?:fille|fillette|gamine|petite|eleve|garcon|gamin|enfant)",
        r"(?:photos?|videos?|images?) (?:[\w'-]+ ){0,6}(?:qui )?(?:tournent|circulent|tourne"
        r"|circule)",
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
        # a worker's doubt about a particular child
        r"je (?:ne )?sais pas si (?:je dois|il faut|je fais|j'appelle|je signale)"
        r"|(?:j'exagere|je m'inquiete pour rien)|(?:passe|passer) par (?:ma|mon) (?:cheffe"
        r"|chef|responsable|superieure?|direction)",
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
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"(?:qui|qu'il|qu'elle) soupconne\w*|si (?:un|une) (?:[\w-]+ ){0,2}soupconne\w*"
        r"|(?:est|sont) (?:tenue?s?|oblige\w*) de (?:signaler|informer|alerter|declarer)",
        # General advice to parents, not a story: "rappelez-leur qu'un adulte ne doit jamais".
        r"(?:rappelez|expliquez|dites|apprenez)[- ](?:leur|lui)|(?:aucun|un) adulte ne (?:doit"
        r"|devrait) (?:jamais|pas)",
        # a judgment: "jugement", "le prévenu a écopé de 6 ans"
        r"jugement (?:du|de la|rendu)|(?:le|la) prevenue?\b|tribunal correctionnel"
        r"|cour d'assises|(?:a recu|a pris|a ecope de) \d+ ans",
        # Prevention advice addressed to teens or on a leaflet, in the imperative to "tu"/"vous":
        # "si quelqu'un te demande des photos ..., parles-en a un adulte de confiance".
        r"(?:parles?|parlez|dis|dites|raconte|racontez)(?:[- ](?:en|le|lui))? a (?:un|une)"
        r" (?:adulte|personne) (?:de confiance|en qui tu as confiance)|si (?:quelqu'un|qqn"
        r"|un adulte|un inconnu) (?:te|vous) (?:demande|dit|propose|envoie|offre)",
    ),
}
