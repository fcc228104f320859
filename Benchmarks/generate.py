#!/usr/bin/env python3
"""Generates a deterministic synthetic French help centre for benchmarking Guichet against Hugo.

    python3 Benchmarks/generate.py --articles 1000 --out /tmp/bench-1000 [--seed 20261128]

writes, for the SAME articles:

    OUT/guichet/Content/<category>/_index.md     categories (title, description, order, icon)
    OUT/guichet/Content/<category>/<slug>.md     articles (docs/content.md front-matter)
    OUT/guichet/guichet.yml                      site settings (base_url, contact_form)
    OUT/hugo/hugo.toml                           Hugo settings (no taxonomies, no RSS, pretty URLs)
    OUT/hugo/content/...                         the same pages, rule references replaced by their text
    OUT/hugo/layouts/...                         a minimal template equivalent to the default theme

Articles spread over 12 categories; bodies of 400 to 900 words of French prose assembled from real sentences
about orders, delivery, claims, withdrawal, refunds, payment, accounts and selling, with `##`/`###` headings,
bulleted and numbered lists, a table in about a third of the articles, links to other articles, references to
the rules in about half of them and worked examples (function calls) in about a tenth. The prose never types a
rule's figure (durations, the phone line's hours, the phone number): a self-check refuses to write it if it did.
Python standard library only; the same seed and article count always give byte-identical files.
"""

import argparse
import os
import random
import re
import shutil
import sys
import unicodedata

# ---------------------------------------------------------------------------------------------------------
# Rules: every reference the generator writes, with its base rule id and the text Guichet renders for it
# (as of 2026-11-28; `guichet rules show ID`). The Hugo copy gets the text instead of the reference.
# ---------------------------------------------------------------------------------------------------------

EXCLUSIONS = [
    "les enregistrements audio ou vidéo et les logiciels (DVD, CD, jeux vidéo) descellés après la livraison",
    "les biens scellés pour des raisons d’hygiène et descellés après la livraison (cosmétiques, lingerie, produits intimes)",
    "les prestations de loisirs à date déterminée, comme les billets de spectacle",
    "les services pleinement exécutés avec votre accord préalable",
    "les journaux et magazines vendus au numéro (les abonnements restent couverts)",
    "les biens personnalisés ou fabriqués selon vos spécifications",
    "les biens susceptibles de se détériorer ou de se périmer rapidement",
]
TRACKING_REASONS = [
    "la mise à jour du suivi a du retard",
    "le colis n’a pas de numéro de suivi",
    "le vendeur n’a pas indiqué les informations d’expédition",
]


def _join_fr(items):
    return ", ".join(items[:-1]) + " et " + items[-1]


REFERENCES = {
    # reference text inside {{ }}: (base rule id, plain French text)
    "delivery.seller_confirmation": ("delivery.seller_confirmation", "3 jours ouvrés"),
    "delivery.seller_confirmation.value": ("delivery.seller_confirmation", "3 jours ouvrés"),
    "delivery.shipping": ("delivery.shipping", "48 heures"),
    "delivery.shipping.value": ("delivery.shipping", "48 heures"),
    "claims.waiting_period": ("claims.waiting_period", "7 jours après sa validation"),
    "claims.waiting_period.value": ("claims.waiting_period", "7 jours"),
    "contact.form_response": ("contact.form_response", "sous 24 heures"),
    "contact.form_response.value": ("contact.form_response", "24 heures"),
    "contact.phone.number": ("contact.phone.number", "[09 70 75 64 60](tel:+33970756460)"),
    "contact.phone.hours": ("contact.phone.hours", "du lundi au vendredi de 9 h à 17 h (hors jours fériés)"),
    "contact.phone.hours.days": ("contact.phone.hours", "du lundi au vendredi"),
    "contact.phone.hours.times": ("contact.phone.hours", "de 9 h à 17 h"),
    "withdrawal.scope": ("withdrawal.scope", "si le vendeur est un professionnel"),
    "withdrawal.scope.value": ("withdrawal.scope", "vendeur professionnel"),
    "withdrawal.period": ("withdrawal.period", "14 jours à compter de la réception"),
    "withdrawal.period.value": ("withdrawal.period", "14 jours"),
    "withdrawal.exclusions": ("withdrawal.exclusions", _join_fr(EXCLUSIONS)),
    "withdrawal.return_shipping": ("withdrawal.return_shipping", "14 jours"),
    "withdrawal.return_shipping.value": ("withdrawal.return_shipping", "14 jours"),
    "withdrawal.return_shipping.cost": ("withdrawal.return_shipping", "à votre charge"),
    "withdrawal.refund": ("withdrawal.refund", "14 jours"),
    "withdrawal.refund.value": ("withdrawal.refund", "14 jours"),
    "tracking.unavailable_reasons": ("tracking.unavailable_reasons", _join_fr(TRACKING_REASONS)),
    "seller.contact_buyer": ("seller.contact_buyer",
                             "depuis la page de la vente, sauf si l’acheteur a ouvert une réclamation ou si la commande est trop ancienne"),
    # Worked examples: function calls and their results (`guichet rules eval … --as-of 2026-11-28`).
    "withdrawal.period.deadline received=2026-06-07": ("withdrawal.period", "lundi 22 juin 2026"),
    "withdrawal.period.deadline received=2026-09-15": ("withdrawal.period", "mardi 29 septembre 2026"),
    "withdrawal.period.deadline received=2026-12-11": ("withdrawal.period", "lundi 28 décembre 2026"),
    "withdrawal.period.deadline received=2026-03-02": ("withdrawal.period", "lundi 16 mars 2026"),
    "delivery.seller_confirmation.deadline purchased=2026-06-05T18:00": ("delivery.seller_confirmation", "mercredi 10 juin 2026"),
    "delivery.seller_confirmation.deadline purchased=2026-04-30T10:00": ("delivery.seller_confirmation", "mercredi 6 mai 2026"),
    "delivery.shipping.deadline validated=2026-06-04T15:00": ("delivery.shipping", "samedi 6 juin 2026 à 15 h"),
    "delivery.shipping.deadline validated=2026-10-09T11:00": ("delivery.shipping", "dimanche 11 octobre 2026 à 11 h"),
    "claims.waiting_period.opens_at validated=2026-06-01T10:00": ("claims.waiting_period", "lundi 8 juin 2026 à 10 h"),
    "claims.waiting_period.opens_at validated=2026-02-20T16:00": ("claims.waiting_period", "vendredi 27 février 2026 à 16 h"),
    "contact.form_response.due submitted=2026-06-05T17:30": ("contact.form_response", "samedi 6 juin 2026 à 17 h 30"),
    "withdrawal.refund.deadline notified=2026-06-10": ("withdrawal.refund", "mercredi 24 juin 2026"),
    "withdrawal.return_shipping.deadline notified=2026-07-01": ("withdrawal.return_shipping", "mercredi 15 juillet 2026"),
}

# Sentences that refer to a rule, by base rule id. Each is a paragraph-sized sentence or two.
RULE_SENTENCES = {
    "delivery.seller_confirmation": [
        "Après votre paiement, le vendeur dispose de {{ delivery.seller_confirmation }} pour confirmer que les articles sont disponibles.",
        "Le vendeur doit confirmer la commande dans un délai de {{ delivery.seller_confirmation.value }} ; le jour de l’achat n’est pas compté.",
        "Sans confirmation du vendeur dans les {{ delivery.seller_confirmation.value }}, la commande est annulée automatiquement et vous êtes remboursé.",
        "Les samedis, les dimanches et les jours fériés ne comptent pas dans les {{ delivery.seller_confirmation }} laissés au vendeur pour confirmer.",
    ],
    "delivery.shipping": [
        "Une fois la commande validée, le vendeur doit expédier le colis dans les {{ delivery.shipping }}.",
        "Le délai d’expédition de {{ delivery.shipping.value }} se compte d’heure à heure, week-end compris.",
        "Si le colis n’est pas parti dans les {{ delivery.shipping }} qui suivent la validation, écrivez d’abord au vendeur depuis « Mes commandes ».",
        "Le vendeur s’engage à remettre le colis au transporteur dans les {{ delivery.shipping.value }} suivant la validation de la commande.",
    ],
    "claims.waiting_period": [
        "Vous pouvez ouvrir une réclamation {{ claims.waiting_period }} si la commande n’est toujours pas arrivée.",
        "Une réclamation peut être ouverte au plus tôt {{ claims.waiting_period.value }} après la validation de la commande.",
        "Avant les {{ claims.waiting_period.value }} qui suivent la validation, le bouton « Ouvrir une réclamation » reste grisé : laissez au transporteur le temps d’acheminer le colis.",
    ],
    "contact.form_response": [
        "Le service client répond aux messages envoyés par le formulaire de contact {{ contact.form_response }}.",
        "Après l’envoi du formulaire, comptez une réponse {{ contact.form_response }}, y compris le week-end.",
        "Notre équipe s’engage à traiter votre demande écrite dans un délai de {{ contact.form_response.value }}.",
    ],
    "contact.phone.number": [
        "Vous pouvez joindre le service client au {{ contact.phone.number }} (prix d’un appel local).",
        "Pour une question urgente, appelez le {{ contact.phone.number }} en gardant votre numéro de commande sous la main.",
        "En cas de doute sur un message reçu, ne cliquez sur aucun lien et appelez-nous au {{ contact.phone.number }}.",
    ],
    "contact.phone.hours": [
        "Nos conseillers vous répondent par téléphone {{ contact.phone.hours }}.",
        "La ligne téléphonique est ouverte {{ contact.phone.hours.days }}, {{ contact.phone.hours.times }}, hors jours fériés.",
        "En dehors des horaires d’ouverture ({{ contact.phone.hours }}), utilisez le formulaire de contact.",
    ],
    "withdrawal.scope": [
        "Le droit de rétractation s’applique {{ withdrawal.scope }}.",
        "Vous bénéficiez du droit de rétractation {{ withdrawal.scope }} : la fiche du vendeur indique son statut.",
        "Entre particuliers, il n’y a pas de droit de rétractation : il ne vaut que face à un {{ withdrawal.scope.value }}.",
    ],
    "withdrawal.period": [
        "Vous disposez de {{ withdrawal.period }} pour informer le vendeur que vous changez d’avis.",
        "Le délai de rétractation est de {{ withdrawal.period.value }} ; il court à partir du lendemain de la réception.",
        "Il suffit de notifier votre rétractation dans le délai de {{ withdrawal.period.value }} : le renvoi de l’article peut se faire ensuite.",
        "Pour une commande livrée en plusieurs colis, les {{ withdrawal.period.value }} partent de la réception du dernier article.",
    ],
    "withdrawal.exclusions": [
        "Certains achats ne peuvent pas faire l’objet d’une rétractation, comme {{ withdrawal.exclusions }}.",
    ],
    "withdrawal.return_shipping": [
        "Après avoir notifié votre rétractation, vous avez {{ withdrawal.return_shipping }} pour renvoyer l’article.",
        "Les frais de renvoi sont {{ withdrawal.return_shipping.cost }}, sauf si le vendeur a accepté de les prendre en charge.",
        "Renvoyez l’article dans les {{ withdrawal.return_shipping.value }} qui suivent votre rétractation, dans son emballage d’origine si possible.",
    ],
    "withdrawal.refund": [
        "Le vendeur doit vous rembourser dans les {{ withdrawal.refund }} qui suivent votre rétractation.",
        "Le remboursement intervient au plus tard {{ withdrawal.refund.value }} après la notification de votre rétractation, sur le moyen de paiement utilisé lors de l’achat.",
        "Le vendeur peut attendre d’avoir reçu l’article pour vous rembourser, dans la limite de {{ withdrawal.refund.value }}.",
    ],
    "tracking.unavailable_reasons": [
        "Si le suivi de votre colis n’apparaît pas, c’est en général que {{ tracking.unavailable_reasons }}.",
    ],
    "seller.contact_buyer": [
        "En tant que vendeur, vous pouvez écrire à l’acheteur {{ seller.contact_buyer }}.",
        "La messagerie avec l’acheteur est accessible {{ seller.contact_buyer }}.",
    ],
}

# A paragraph that is only a list rule's reference becomes a bulleted list in Guichet.
LIST_RULE_LEADS = {
    "withdrawal.exclusions": ("Le droit de rétractation ne s’applique pas aux achats suivants :", EXCLUSIONS),
    "tracking.unavailable_reasons": ("Le suivi peut manquer pour plusieurs raisons :", TRACKING_REASONS),
}

# Worked examples: (base rule, paragraph with a function call).
EXAMPLES = [
    ("withdrawal.period", "Exemple : pour une commande reçue le dimanche 7 juin 2026, vous avez jusqu’au {{ withdrawal.period.deadline received=2026-06-07 }} inclus pour vous rétracter, car le délai se terminerait un dimanche."),
    ("withdrawal.period", "Exemple : un colis reçu le mardi 15 septembre 2026 peut faire l’objet d’une rétractation jusqu’au {{ withdrawal.period.deadline received=2026-09-15 }} inclus."),
    ("withdrawal.period", "Exemple : pour une commande reçue le vendredi 11 décembre 2026, le délai devrait s’achever le jour de Noël ; il est prolongé jusqu’au {{ withdrawal.period.deadline received=2026-12-11 }} inclus."),
    ("withdrawal.period", "Exemple : si vous avez reçu votre commande le lundi 2 mars 2026, vous pouvez vous rétracter jusqu’au {{ withdrawal.period.deadline received=2026-03-02 }} inclus."),
    ("delivery.seller_confirmation", "Exemple : pour un achat effectué le vendredi 5 juin 2026 en fin de journée, le vendeur a jusqu’au {{ delivery.seller_confirmation.deadline purchased=2026-06-05T18:00 }} inclus pour confirmer la commande."),
    ("delivery.seller_confirmation", "Exemple : pour un achat du jeudi 30 avril 2026, veille du 1er mai, le vendeur a jusqu’au {{ delivery.seller_confirmation.deadline purchased=2026-04-30T10:00 }} inclus pour confirmer."),
    ("delivery.shipping", "Exemple : si votre commande est validée le jeudi 4 juin 2026 dans l’après-midi, le vendeur doit l’avoir expédiée au plus tard le {{ delivery.shipping.deadline validated=2026-06-04T15:00 }}, même si cette échéance tombe un samedi."),
    ("delivery.shipping", "Exemple : pour une commande validée le vendredi 9 octobre 2026 dans la matinée, l’expédition doit avoir lieu avant le {{ delivery.shipping.deadline validated=2026-10-09T11:00 }}."),
    ("claims.waiting_period", "Exemple : pour une commande validée le lundi 1er juin 2026 dans la matinée, vous pourrez ouvrir une réclamation à partir du {{ claims.waiting_period.opens_at validated=2026-06-01T10:00 }}."),
    ("claims.waiting_period", "Exemple : si la commande a été validée le vendredi 20 février 2026 dans l’après-midi, la réclamation sera possible à partir du {{ claims.waiting_period.opens_at validated=2026-02-20T16:00 }}."),
    ("contact.form_response", "Exemple : pour un message envoyé par le formulaire le vendredi 5 juin 2026 en fin d’après-midi, vous recevrez une réponse au plus tard le {{ contact.form_response.due submitted=2026-06-05T17:30 }}."),
    ("withdrawal.refund", "Exemple : si vous avez notifié votre rétractation le mercredi 10 juin 2026, le vendeur doit vous rembourser au plus tard le {{ withdrawal.refund.deadline notified=2026-06-10 }}."),
    ("withdrawal.return_shipping", "Exemple : après une rétractation notifiée le mercredi 1er juillet 2026, l’article doit être renvoyé au plus tard le {{ withdrawal.return_shipping.deadline notified=2026-07-01 }}."),
]

# ---------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------

PRODUITS = [
    "un lave-linge", "une paire de baskets", "un smartphone reconditionné", "un canapé d’angle", "une veste en laine",
    "un vélo électrique", "une console de jeux", "un lot de livres d’occasion", "une poussette", "un téléviseur",
    "une cafetière à grain", "un matelas", "une montre connectée", "un aspirateur sans fil", "une table de jardin",
    "un ordinateur portable", "des écouteurs sans fil", "un robot pâtissier", "une lampe de bureau", "un sac à dos",
    "un casque audio", "une perceuse", "un jeu de société", "une imprimante", "un appareil photo",
]
TRANSPORTEURS = ["Colissimo", "Mondial Relay", "Chronopost", "DPD", "GLS", "Relais Colis", "UPS", "le transporteur du vendeur"]
ESPACES = ["« Mes commandes »", "« Mon compte »", "le détail de la commande", "l’application mobile", "votre espace personnel"]
MOYENS = ["la carte bancaire", "PayPal", "le paiement en plusieurs fois", "la carte cadeau", "le virement", "Apple Pay"]
LIEUX = ["un point relais", "une consigne automatique", "votre domicile", "votre lieu de travail", "un bureau de poste"]


def fill(rng, sentence):
    """Replaces the {produit}, {transporteur}… slots of a sentence."""
    return (sentence.replace("{produit}", rng.choice(PRODUITS))
                    .replace("{transporteur}", rng.choice(TRANSPORTEURS))
                    .replace("{espace}", rng.choice(ESPACES))
                    .replace("{moyen}", rng.choice(MOYENS))
                    .replace("{lieu}", rng.choice(LIEUX)))


GENERIC = [
    "Toutes les informations utiles se trouvent dans {espace}, où chaque commande a sa propre page.",
    "Gardez votre numéro de commande à portée de main : il vous sera demandé à chaque étape.",
    "Si vous avez un doute, commencez par relire le récapitulatif envoyé par e-mail après votre achat.",
    "Les informations affichées sont mises à jour automatiquement dès que le vendeur ou le transporteur les transmet.",
    "Pensez à vérifier vos courriers indésirables : nos e-mails y sont parfois classés par erreur.",
    "Vous recevez une notification à chaque changement de statut, par e-mail et dans l’application.",
    "Chaque vendeur est tenu de respecter les règles de la place de marché, qu’il soit professionnel ou particulier.",
    "La fiche du vendeur précise s’il s’agit d’un professionnel ou d’un particulier, ainsi que son adresse.",
    "Conservez les échanges avec le vendeur dans la messagerie : ils serviront de preuve en cas de litige.",
    "Nos équipes peuvent consulter l’historique de la commande pour vous aider plus rapidement.",
    "Cette démarche est gratuite et ne vous engage à rien tant que vous ne l’avez pas confirmée.",
    "Une fois la demande envoyée, vous pouvez suivre son avancement depuis {espace}.",
    "Les photos de l’article et de l’emballage sont très utiles pour appuyer votre demande.",
    "Si plusieurs articles sont concernés, indiquez-les tous dans la même demande plutôt que d’en créer plusieurs.",
    "Le vendeur est informé immédiatement et peut vous répondre directement dans la messagerie.",
    "Nous vous conseillons de ne jamais conclure une vente ou un paiement en dehors de la plateforme.",
    "Les conditions affichées au moment de l’achat sont celles qui s’appliquent à votre commande.",
    "En cas de désaccord avec le vendeur, notre service client peut intervenir pour trouver une solution.",
    "L’adresse de livraison et le mode d’envoi choisis figurent sur la confirmation de commande.",
    "Un article acheté avec {moyen} est remboursé sur le même moyen de paiement.",
    "Vous pouvez télécharger la facture depuis {espace} dès que le vendeur l’a déposée.",
    "Les mentions légales du vendeur sont disponibles en bas de sa boutique.",
    "Si votre question n’est pas traitée ici, les autres articles de cette rubrique peuvent vous aider.",
    "Ces règles valent pour toutes les commandes passées sur le site comme dans l’application.",
    "Pour un achat effectué pour quelqu’un d’autre, c’est le compte de l’acheteur qui fait foi.",
    "Un message clair et précis permet au vendeur de vous répondre plus vite.",
    "Nous ne vous demanderons jamais vos coordonnées bancaires par e-mail ou par message.",
    "Les démarches sont les mêmes que vous ayez commandé {produit} ou un petit accessoire.",
    "Le statut de la commande vous indique toujours la prochaine étape à attendre.",
    "Prenez quelques instants pour vérifier l’état de l’article dès sa réception.",
    "Si le colis semble abîmé, vous pouvez émettre des réserves auprès du livreur.",
    "Les articles d’occasion sont vendus dans l’état décrit par le vendeur sur l’annonce.",
    "Le service client ne peut pas modifier une commande à la place du vendeur, mais il peut le relancer.",
    "Une commande annulée n’est jamais débitée : si un montant a été prélevé, il vous est restitué.",
    "Vous trouverez la marche à suivre détaillée ci-dessous, étape par étape.",
    "Les règles qui suivent s’appliquent aussi bien en métropole qu’outre-mer, sauf mention contraire.",
]

CLOSERS = [
    "Vous n’avez pas trouvé la réponse à votre question ? Notre service client reste à votre disposition.",
    "Pour toute autre question, consultez les autres articles de cette rubrique ou contactez-nous.",
    "Cet article vous a aidé ? Vous pouvez nous le dire en bas de la page.",
    "Si la situation ne se débloque pas, écrivez-nous en précisant votre numéro de commande.",
]

CATEGORIES = [
    {
        "slug": "suivi-commande", "title": "Suivi de commande", "icon": "colis",
        "description": "Où en est votre commande, que signifient ses statuts et comment suivre votre colis.",
        "rules": ["tracking.unavailable_reasons", "delivery.shipping", "delivery.seller_confirmation"],
        "actions": ["Suivre", "Retrouver", "Comprendre le statut de", "Localiser", "Vérifier l’avancement de", "Consulter l’historique de", "Partager le suivi de", "Recevoir les alertes pour"],
        "objects": ["ma commande", "mon colis", "une commande groupée", "une commande passée sur l’application", "un colis volumineux", "une précommande", "une commande en plusieurs colis", "un colis international", "un achat d’occasion", "une commande payée en plusieurs fois"],
        "sentences": [
            "Le numéro de suivi est transmis par le vendeur au moment où il remet le colis à {transporteur}.",
            "Le statut « Expédiée » signifie que le colis a quitté l’entrepôt du vendeur.",
            "Le statut « Validée » indique que le vendeur a confirmé la disponibilité des articles.",
            "Cliquez sur le numéro de suivi pour ouvrir la page du transporteur et voir les dernières étapes.",
            "Il arrive que le suivi ne soit mis à jour qu’à l’arrivée du colis dans le premier centre de tri.",
            "Une commande passée auprès de plusieurs vendeurs est découpée en autant d’envois, chacun avec son suivi.",
            "Si le suivi indique « Livré » mais que vous n’avez rien reçu, vérifiez auprès de vos voisins et de votre gardien.",
            "Le suivi en temps réel n’est proposé que par certains transporteurs, comme {transporteur}.",
            "Vous pouvez activer les notifications pour être prévenu à chaque étape de l’acheminement.",
            "Une commande livrée dans {lieu} reste disponible pendant une durée limitée avant d’être renvoyée.",
            "Le statut « En préparation » signifie que le vendeur emballe vos articles.",
            "Si le statut n’évolue plus, le colis est peut-être bloqué dans un centre de tri.",
            "Un avis de passage vous est laissé lorsque le livreur ne peut pas vous remettre le colis.",
            "Le lien de suivi reste actif plusieurs semaines après la livraison.",
        ],
        "headings": ["Où voir le suivi", "Les statuts de commande", "Si le suivi ne bouge plus", "Le rôle du transporteur", "Une commande en plusieurs envois", "Les notifications"],
    },
    {
        "slug": "livraison", "title": "Livraison", "icon": "camion",
        "description": "Modes de livraison, délais de confirmation et d’expédition, frais et livraison en point relais.",
        "rules": ["delivery.seller_confirmation", "delivery.shipping"],
        "actions": ["Choisir la livraison de", "Modifier l’adresse de livraison de", "Faire livrer", "Comprendre les frais de livraison de", "Recevoir", "Organiser la réception de", "Faire livrer en point relais", "Reporter la livraison de"],
        "objects": ["un colis volumineux", "un meuble", "un gros électroménager", "une commande urgente", "un article fragile", "un colis en Corse", "un colis outre-mer", "une commande en Belgique", "un cadeau", "un colis au bureau"],
        "sentences": [
            "Le mode de livraison est choisi au moment du paiement, parmi ceux que propose le vendeur.",
            "Les frais de livraison sont affichés avant la validation du panier et dépendent du poids du colis.",
            "La livraison en point relais est souvent moins chère et vous laisse le temps de passer chercher le colis.",
            "Pour un gros article, le transporteur prend rendez-vous avec vous avant de se déplacer.",
            "Le temps d’acheminement par {transporteur} s’ajoute au délai d’expédition du vendeur.",
            "Une adresse incomplète est la première cause de retour d’un colis chez le vendeur.",
            "Vous pouvez modifier l’adresse de livraison tant que le vendeur n’a pas expédié la commande.",
            "La livraison le samedi n’est proposée que par certains transporteurs et dans certaines villes.",
            "Pour les envois hors de France métropolitaine, des frais de douane peuvent s’appliquer.",
            "Le livreur peut vous demander une pièce d’identité ou un code de retrait.",
            "Un colis livré dans {lieu} vous est signalé par un e-mail contenant le code de retrait.",
            "Certains vendeurs proposent la livraison gratuite à partir d’un montant d’achat.",
            "La livraison de {produit} peut nécessiter un transporteur spécialisé.",
            "À la réception, vérifiez que le colis n’est ni ouvert ni endommagé avant de signer.",
        ],
        "headings": ["Les modes de livraison", "Les frais de livraison", "Les délais du vendeur", "À la réception du colis", "Modifier l’adresse", "Livraison hors de France métropolitaine"],
    },
    {
        "slug": "reclamations", "title": "Réclamations", "icon": "alerte",
        "description": "Colis non reçu, article abîmé ou non conforme : comment ouvrir une réclamation et la suivre.",
        "rules": ["claims.waiting_period"],
        "actions": ["Ouvrir une réclamation pour", "Signaler", "Contester", "Suivre la réclamation sur", "Clore une réclamation sur", "Faire une réclamation pour", "Obtenir réparation pour", "Documenter"],
        "objects": ["un colis non reçu", "un article abîmé", "un article non conforme", "un colis vide", "un article manquant", "une contrefaçon", "un mauvais article", "un colis livré à la mauvaise adresse", "un article en panne", "une pièce manquante"],
        "sentences": [
            "Une réclamation s’ouvre depuis la page de la commande, avec le bouton « Signaler un problème ».",
            "Décrivez précisément le problème et joignez des photos de l’article et de l’emballage.",
            "Le vendeur est informé de la réclamation et peut proposer une solution : remboursement, échange ou renvoi.",
            "Si vous ne trouvez pas d’accord avec le vendeur, notre équipe examine la réclamation et tranche.",
            "Tant qu’une réclamation est ouverte, le paiement du vendeur est suspendu.",
            "Vous pouvez clore la réclamation à tout moment si le problème est réglé.",
            "Une réclamation pour colis non reçu suppose que le suivi n’indique pas une livraison confirmée.",
            "Les réclamations sont traitées dans l’ordre d’arrivée, et chaque échange est consigné.",
            "Pour un article non conforme, comparez-le à l’annonce et notez les différences constatées.",
            "Un article endommagé pendant le transport relève de la responsabilité du vendeur.",
            "Vous serez averti par e-mail de chaque réponse apportée à votre réclamation.",
            "Si le vendeur ne répond pas, notre équipe prend le relais sans que vous ayez à relancer.",
            "La décision prise à l’issue de la réclamation vous est expliquée par écrit.",
        ],
        "headings": ["Quand ouvrir une réclamation", "Comment ouvrir une réclamation", "Après l’ouverture", "Les pièces à fournir", "Si le vendeur ne répond pas", "La décision finale"],
    },
    {
        "slug": "annulation-retractation", "title": "Annulation et rétractation", "icon": "retour",
        "description": "Annuler une commande avant sa validation, exercer votre droit de rétractation et renvoyer un article.",
        "rules": ["withdrawal.period", "withdrawal.scope", "withdrawal.exclusions"],
        "actions": ["Annuler", "Se rétracter après l’achat de", "Changer d’avis sur", "Renoncer à", "Exercer son droit de rétractation pour", "Annuler partiellement", "Annuler avant l’expédition de", "Se rétracter pour"],
        "objects": ["une commande", "un achat auprès d’un professionnel", "un achat d’occasion", "un article personnalisé", "un abonnement", "un billet de spectacle", "un logiciel", "un produit cosmétique", "un article en promotion", "un achat en plusieurs fois"],
        "sentences": [
            "Tant que le vendeur n’a pas validé la commande, vous pouvez l’annuler en un clic depuis {espace}.",
            "Après la validation, l’annulation dépend du vendeur : demandez-la-lui dans la messagerie.",
            "Pour vous rétracter, utilisez le bouton « Renoncer au contrat ici » dans le détail de la commande.",
            "Vous n’avez pas à justifier votre décision ni à payer de pénalité pour vous rétracter.",
            "Le vendeur reçoit votre demande et vous indique l’adresse de renvoi de l’article.",
            "La rétractation porte sur tout ou partie de la commande : choisissez les articles concernés.",
            "L’article doit être renvoyé complet, avec ses accessoires et sa notice.",
            "Vous pouvez aussi utiliser le formulaire type de rétractation joint aux conditions du vendeur.",
            "Si le dernier jour du délai tombe un samedi, un dimanche ou est férié, le délai est prolongé jusqu’au premier jour ouvrable suivant.",
            "Une commande annulée avant l’expédition est remboursée intégralement, frais de livraison compris.",
            "Un article utilisé au-delà de ce qui est nécessaire pour l’essayer peut donner lieu à une retenue.",
            "La date de réception retenue est celle indiquée par le transporteur.",
        ],
        "headings": ["Annuler avant la validation", "Le droit de rétractation", "Comment se rétracter", "Les achats exclus", "Renvoyer l’article", "Les cas particuliers"],
    },
    {
        "slug": "retours", "title": "Retours et échanges", "icon": "retour",
        "description": "Renvoyer un article, demander un échange de taille ou de couleur et préparer votre colis de retour.",
        "rules": ["withdrawal.return_shipping", "withdrawal.period"],
        "actions": ["Renvoyer", "Échanger", "Préparer le retour de", "Emballer", "Déposer le retour de", "Suivre le retour de", "Imprimer l’étiquette de retour pour", "Retourner"],
        "objects": ["un vêtement", "une paire de chaussures", "un article trop grand", "un appareil électronique", "un meuble en kit", "un article offert", "un lot d’articles", "un article volumineux", "un article reçu en double", "un accessoire"],
        "sentences": [
            "L’étiquette de retour est disponible dans {espace} dès que le vendeur a accepté le retour.",
            "Emballez l’article avec soin, de préférence dans son carton d’origine.",
            "Déposez le colis dans {lieu} et gardez la preuve de dépôt jusqu’au remboursement.",
            "Pour un échange, le vendeur vous envoie le nouvel article dès qu’il a reçu le premier.",
            "Indiquez le numéro de commande à l’intérieur du colis pour faciliter son traitement.",
            "Le suivi du retour s’affiche dans la page de la commande, comme celui de l’envoi.",
            "Certains vendeurs proposent un retour gratuit : c’est précisé sur leur boutique.",
            "Un article renvoyé incomplet ou abîmé peut être refusé par le vendeur.",
            "Pour {produit}, le vendeur peut organiser l’enlèvement à votre domicile.",
            "Le vendeur vous prévient par e-mail dès que le retour est arrivé.",
            "Ne renvoyez jamais un article sans avoir prévenu le vendeur au préalable.",
        ],
        "headings": ["Préparer le colis", "L’étiquette de retour", "Déposer le colis", "Échanger plutôt que renvoyer", "Les frais de retour", "Après le retour"],
    },
    {
        "slug": "remboursements", "title": "Remboursements", "icon": "retour",
        "description": "Quand et comment vous êtes remboursé après une annulation, une rétractation ou une réclamation.",
        "rules": ["withdrawal.refund"],
        "actions": ["Être remboursé pour", "Suivre le remboursement de", "Comprendre le montant remboursé pour", "Recevoir le remboursement de", "Vérifier le remboursement de", "Obtenir le remboursement de", "Relancer le remboursement de", "Contester le remboursement de"],
        "objects": ["une commande annulée", "un article renvoyé", "une réclamation acceptée", "un paiement en plusieurs fois", "une carte cadeau", "des frais de livraison", "un achat payé par PayPal", "une commande partiellement livrée", "un article manquant", "une double facturation"],
        "sentences": [
            "Le remboursement est effectué sur le moyen de paiement utilisé lors de l’achat.",
            "Un paiement par {moyen} est remboursé selon les délais de traitement de votre banque.",
            "Le montant remboursé comprend le prix de l’article et les frais de livraison standard.",
            "Vous recevez un e-mail de confirmation dès que le remboursement est déclenché.",
            "Si vous avez payé en plusieurs fois, les échéances restantes sont annulées.",
            "Une carte cadeau utilisée pour l’achat est recréditée du montant correspondant.",
            "Le remboursement apparaît sur votre relevé sous le nom de la plateforme.",
            "En cas de remboursement partiel, le détail du calcul figure dans la page de la commande.",
            "Le vendeur peut attendre le retour de l’article avant de vous rembourser.",
            "Si le remboursement tarde, vérifiez d’abord son statut dans {espace}.",
            "Aucun frais n’est prélevé sur un remboursement à la suite d’une annulation.",
        ],
        "headings": ["Quand êtes-vous remboursé", "Le montant remboursé", "Sur quel moyen de paiement", "Suivre le remboursement", "Les remboursements partiels", "Si le remboursement tarde"],
    },
    {
        "slug": "paiement", "title": "Paiement et facturation",
        "description": "Moyens de paiement acceptés, paiement en plusieurs fois, factures et problèmes de paiement.",
        "rules": [],
        "actions": ["Payer", "Régler", "Obtenir la facture de", "Payer en plusieurs fois", "Utiliser une carte cadeau pour", "Comprendre un refus de paiement pour", "Modifier le moyen de paiement de", "Vérifier le débit de"],
        "objects": ["une commande", "un achat important", "un achat professionnel", "une précommande", "un panier de plusieurs vendeurs", "un achat depuis l’étranger", "un article d’occasion", "un abonnement", "un achat sur l’application", "un achat en promotion"],
        "sentences": [
            "Nous acceptons la carte bancaire, PayPal, Apple Pay et le paiement en plusieurs fois.",
            "Le paiement est sécurisé et vos données bancaires ne sont jamais transmises au vendeur.",
            "Le montant est débité à la validation de la commande par le vendeur.",
            "Un refus de paiement vient le plus souvent d’un plafond de carte atteint.",
            "La facture est établie par le vendeur, qui est responsable de son contenu.",
            "Pour un achat professionnel, indiquez le nom de votre entreprise dans l’adresse de facturation.",
            "Le paiement en plusieurs fois est soumis à l’accord de notre partenaire financier.",
            "Vous pouvez enregistrer {moyen} pour vos prochains achats.",
            "Une authentification forte peut vous être demandée par votre banque.",
            "Si le paiement a échoué, aucun montant n’est prélevé et vous pouvez réessayer.",
            "Un panier de plusieurs vendeurs donne lieu à une facture par vendeur.",
            "Les codes promotionnels se saisissent à l’étape du paiement.",
        ],
        "headings": ["Les moyens de paiement", "La sécurité du paiement", "Les factures", "Le paiement en plusieurs fois", "Si le paiement échoue", "Les codes promotionnels"],
    },
    {
        "slug": "compte", "title": "Mon compte",
        "description": "Créer votre compte, modifier vos informations, gérer vos adresses et vos préférences.",
        "rules": ["contact.form_response"],
        "actions": ["Créer", "Modifier", "Sécuriser", "Supprimer", "Récupérer", "Mettre à jour", "Fusionner", "Paramétrer"],
        "objects": ["mon compte", "mon adresse e-mail", "mon mot de passe", "mes adresses de livraison", "mes préférences de notification", "mon numéro de téléphone", "mes données personnelles", "mon compte professionnel", "mes moyens de paiement enregistrés", "ma liste d’envies"],
        "sentences": [
            "La création d’un compte est gratuite et ne prend que quelques instants.",
            "Vous pouvez modifier vos informations personnelles à tout moment dans {espace}.",
            "Choisissez un mot de passe long et unique, que vous n’utilisez sur aucun autre site.",
            "Activez la double authentification pour protéger votre compte.",
            "Un e-mail de confirmation vous est envoyé après chaque modification importante.",
            "Vous pouvez enregistrer plusieurs adresses de livraison et choisir l’une d’elles à chaque achat.",
            "La suppression du compte est définitive et efface votre historique de commandes.",
            "Vous pouvez télécharger une copie de vos données personnelles depuis les paramètres.",
            "Si vous avez oublié votre mot de passe, utilisez le lien « Mot de passe oublié ».",
            "Les préférences de notification vous permettent de choisir ce que vous recevez par e-mail.",
            "Un compte inactif depuis longtemps peut être désactivé après un avertissement.",
        ],
        "headings": ["Créer un compte", "Vos informations personnelles", "La sécurité du compte", "Les adresses enregistrées", "Vos données", "Supprimer le compte"],
    },
    {
        "slug": "contact", "title": "Nous contacter", "icon": "bulle",
        "description": "Téléphone, formulaire, messagerie : le bon canal pour chaque question et nos horaires.",
        "rules": ["contact.phone.number", "contact.phone.hours", "contact.form_response"],
        "actions": ["Contacter le service client pour", "Joindre un conseiller pour", "Écrire au service client pour", "Appeler pour", "Signaler", "Obtenir de l’aide pour", "Envoyer un message pour", "Préparer un appel pour"],
        "objects": ["une commande", "un problème de paiement", "un compte bloqué", "une réclamation", "un colis perdu", "un remboursement", "une question de vendeur", "une facture", "un message suspect", "une modification d’adresse"],
        "sentences": [
            "Le formulaire de contact est le moyen le plus rapide de nous transmettre une demande détaillée.",
            "Choisissez le motif de votre demande pour qu’elle soit orientée vers le bon conseiller.",
            "Joignez les documents utiles à votre message : photos, factures ou captures d’écran.",
            "Un conseiller vous répond par e-mail et dans l’historique de vos demandes.",
            "Pour une question sur un article, adressez-vous d’abord au vendeur dans la messagerie.",
            "Préparez votre numéro de commande avant d’appeler pour être aidé plus vite.",
            "Nos conseillers ne vous demanderont jamais votre mot de passe.",
            "Vous pouvez suivre l’état de vos demandes dans {espace}.",
            "Les demandes envoyées le week-end sont traitées par ordre d’arrivée.",
            "Évitez d’envoyer plusieurs messages pour la même demande : cela ralentit son traitement.",
            "Le service client est joignable par écrit à tout moment.",
        ],
        "headings": ["Quel canal choisir", "Le formulaire de contact", "Par téléphone", "Préparer votre demande", "Suivre votre demande", "Les questions pour le vendeur"],
    },
    {
        "slug": "vendeurs", "title": "Espace vendeurs", "icon": "vendeur",
        "description": "Confirmer et expédier les commandes, échanger avec les acheteurs et gérer les retours.",
        "rules": ["delivery.seller_confirmation", "delivery.shipping", "seller.contact_buyer"],
        "actions": ["Confirmer", "Expédier", "Annuler", "Gérer le retour de", "Rembourser", "Mettre en vente", "Répondre à une question sur", "Préparer l’envoi de"],
        "objects": ["une commande", "une commande en plusieurs colis", "un article d’occasion", "un article volumineux", "une commande à l’international", "une commande en rupture", "une commande payée en plusieurs fois", "un lot d’articles", "une précommande", "un article personnalisé"],
        "sentences": [
            "Chaque nouvelle commande vous est signalée par e-mail et dans votre tableau de bord.",
            "Confirmez la commande seulement si tous les articles sont disponibles.",
            "Indiquez le numéro de suivi dès que le colis est remis à {transporteur}.",
            "Une commande non confirmée à temps est annulée et l’acheteur est remboursé.",
            "Un taux d’annulation élevé dégrade la visibilité de votre boutique.",
            "Emballez les articles fragiles avec du papier de calage et un carton rigide.",
            "Le paiement vous est versé une fois la livraison confirmée et sans réclamation ouverte.",
            "Vous pouvez définir vos propres conditions de retour, dans le respect de la loi.",
            "Un vendeur professionnel doit afficher ses mentions légales et accepter les rétractations.",
            "Répondez rapidement aux questions des acheteurs : cela limite les réclamations.",
            "Les commandes en attente s’affichent en tête de votre tableau de bord.",
            "Pour {produit}, précisez les dimensions et le poids dans l’annonce.",
        ],
        "headings": ["Confirmer la commande", "Expédier dans les délais", "Échanger avec l’acheteur", "Gérer les retours", "Être payé", "Les bonnes pratiques"],
    },
    {
        "slug": "securite", "title": "Sécurité et fraude", "icon": "alerte",
        "description": "Reconnaître les tentatives d’arnaque, protéger votre compte et signaler un comportement suspect.",
        "rules": ["contact.phone.number"],
        "actions": ["Reconnaître", "Signaler", "Se protéger contre", "Éviter", "Réagir face à", "Identifier", "Bloquer", "Déclarer"],
        "objects": ["un faux e-mail", "un SMS frauduleux", "une annonce suspecte", "un vendeur douteux", "une demande de paiement hors plateforme", "un piratage de compte", "une fausse page de connexion", "un faux avis de passage", "une usurpation d’identité", "un lien suspect"],
        "sentences": [
            "Nous ne vous demanderons jamais de payer en dehors de la plateforme.",
            "Méfiez-vous des messages qui vous pressent d’agir ou qui promettent un gain.",
            "Vérifiez l’adresse de l’expéditeur avant de cliquer sur un lien.",
            "Une annonce à un prix anormalement bas doit vous alerter.",
            "Si vous pensez que votre compte a été piraté, changez immédiatement votre mot de passe.",
            "Signalez une annonce suspecte avec le bouton « Signaler » en bas de la page.",
            "Ne communiquez jamais le code reçu par SMS, même à quelqu’un qui se présente comme un conseiller.",
            "Un faux avis de passage peut vous inviter à payer des frais de réexpédition : ignorez-le.",
            "Nos équipes examinent chaque signalement et suspendent les comptes frauduleux.",
            "Pour un achat payé sur la plateforme, vous êtes protégé en cas de fraude du vendeur.",
            "Activez la double authentification depuis {espace}.",
        ],
        "headings": ["Les arnaques courantes", "Les bons réflexes", "Si vous avez été victime", "Protéger votre compte", "Signaler un abus", "Nos engagements"],
    },
    {
        "slug": "garanties", "title": "Garanties et produits défectueux", "icon": "alerte",
        "description": "Garantie légale de conformité, garantie commerciale et démarches pour un article en panne.",
        "rules": ["withdrawal.scope", "claims.waiting_period"],
        "actions": ["Faire jouer la garantie de", "Faire réparer", "Faire remplacer", "Signaler un défaut sur", "Comprendre la garantie de", "Prolonger la garantie de", "Obtenir un avoir pour", "Faire expertiser"],
        "objects": ["un appareil en panne", "un article défectueux", "un smartphone reconditionné", "un gros électroménager", "un ordinateur", "un vélo électrique", "un meuble abîmé", "un article d’occasion", "une montre connectée", "un téléviseur"],
        "sentences": [
            "La garantie légale de conformité s’applique aux achats effectués auprès d’un professionnel.",
            "Le vendeur doit réparer ou remplacer un article qui ne correspond pas à ce qui était promis.",
            "Une garantie commerciale peut s’ajouter à la garantie légale, selon les conditions du vendeur.",
            "Conservez la facture : elle sert de preuve de la date d’achat.",
            "Décrivez la panne le plus précisément possible et joignez une vidéo si vous le pouvez.",
            "Un article d’occasion vendu par un professionnel est lui aussi couvert par la garantie légale.",
            "Si la réparation est impossible, vous pouvez obtenir un remboursement.",
            "Le vendeur prend en charge les frais de renvoi d’un article défectueux.",
            "Une panne due à une mauvaise utilisation n’est pas couverte par la garantie.",
            "Pour {produit}, le vendeur peut vous orienter vers un réparateur agréé.",
            "Un défaut apparu peu après la livraison est présumé exister au moment de l’achat.",
        ],
        "headings": ["La garantie légale", "La garantie commerciale", "Signaler un défaut", "Réparation ou remplacement", "Les exclusions", "Les articles d’occasion"],
    },
]

QUALIFIERS = ["", " en point relais", " à l’étranger", " le week-end", " après un déménagement", " pendant les soldes",
              " depuis l’application", " pour un professionnel", " en outre-mer", " offert en cadeau", " acheté d’occasion",
              " en Corse"]

GENERIC_HEADINGS = ["Ce qu’il faut savoir", "Les étapes à suivre", "Bon à savoir", "Les cas particuliers",
                    "Questions fréquentes", "Si cela ne suffit pas", "En résumé", "Nos conseils", "Avant de commencer",
                    "Les erreurs à éviter"]

LIST_ITEMS = [
    "**Le numéro de commande** : il figure dans l’e-mail de confirmation et dans {espace}.",
    "**Des photos** de l’article et de l’emballage, prises dès la réception.",
    "**La facture** du vendeur, téléchargeable depuis la page de la commande.",
    "**Le bon de dépôt** remis lors de l’envoi du colis.",
    "**Une description précise** du problème rencontré.",
    "**L’adresse de livraison** exacte, avec le code d’accès et l’étage.",
    "**Le nom du transporteur** et le numéro de suivi.",
    "Vérifiez l’état du colis avant de signer le bon de livraison.",
    "Conservez l’emballage d’origine jusqu’à ce que tout soit réglé.",
    "Relisez l’annonce du vendeur pour comparer l’article reçu.",
    "Notez la date de réception du colis.",
    "Écrivez au vendeur depuis la messagerie de la commande.",
    "Gardez une copie de chaque échange.",
    "Ne renvoyez rien sans l’accord du vendeur.",
    "Prévenez le service client si le vendeur ne répond pas.",
    "Vérifiez vos courriers indésirables.",
    "Activez les notifications de l’application.",
    "Choisissez {lieu} si vous êtes souvent absent.",
]

STEPS = [
    "Ouvrez {espace} et sélectionnez la commande concernée.",
    "Cliquez sur « Signaler un problème » ou sur l’action proposée.",
    "Choisissez le ou les articles concernés.",
    "Indiquez le motif et ajoutez un commentaire si besoin.",
    "Joignez les photos ou documents demandés.",
    "Vérifiez le récapitulatif puis validez votre demande.",
    "Attendez la réponse du vendeur, qui vous est signalée par e-mail.",
    "Suivez l’avancement depuis la page de la commande.",
]

TABLES = [
    (["Situation", "Ce que vous pouvez faire"],
     [["Le colis n’est pas encore expédié", "Annuler la commande depuis {espace}"],
      ["Le colis est en route", "Suivre l’envoi sur le site de {transporteur}"],
      ["Le colis est arrivé abîmé", "Ouvrir une réclamation avec des photos"],
      ["L’article ne vous convient pas", "Demander un retour au vendeur"],
      ["Le vendeur ne répond pas", "Contacter le service client"],
      ["Le suivi ne bouge plus", "Attendre puis écrire au vendeur"]]),
    (["Moyen de paiement", "Remboursement"],
     [["Carte bancaire", "Sur la même carte"], ["PayPal", "Sur le compte PayPal"],
      ["Carte cadeau", "Recrédité sur la carte cadeau"], ["Paiement en plusieurs fois", "Échéances annulées"],
      ["Virement", "Sur le compte d’origine"]]),
    (["Mode de livraison", "Avantage", "À savoir"],
     [["Domicile", "Aucun déplacement", "Il faut être présent"], ["Point relais", "Moins cher", "Pièce d’identité demandée"],
      ["Consigne automatique", "Accessible tard le soir", "Code de retrait par e-mail"],
      ["Livraison sur rendez-vous", "Adaptée aux gros articles", "Créneau à choisir"]]),
    (["Statut", "Ce que cela signifie"],
     [["En attente", "Le vendeur n’a pas encore confirmé"], ["Validée", "Les articles sont disponibles"],
      ["En préparation", "Le vendeur emballe la commande"], ["Expédiée", "Le colis est chez le transporteur"],
      ["Livrée", "Le transporteur a remis le colis"], ["Annulée", "La commande ne sera pas envoyée"]]),
]

RULE_TABLE_ROWS = {
    "delivery.seller_confirmation": ["Confirmation par le vendeur", "{{ delivery.seller_confirmation }}"],
    "delivery.shipping": ["Expédition du colis", "{{ delivery.shipping }}"],
    "claims.waiting_period": ["Ouverture d’une réclamation", "{{ claims.waiting_period }}"],
    "withdrawal.period": ["Rétractation", "{{ withdrawal.period }}"],
    "withdrawal.return_shipping": ["Renvoi de l’article", "{{ withdrawal.return_shipping }}"],
    "withdrawal.refund": ["Remboursement", "{{ withdrawal.refund }}"],
    "contact.form_response": ["Réponse au formulaire", "{{ contact.form_response }}"],
}

LINK_SENTENCES = [
    "Pour en savoir plus, consultez l’article [{title}]({path}).",
    "Voir aussi : [{title}]({path}).",
    "Les détails sont expliqués dans [{title}]({path}).",
    "Si votre situation est différente, lisez [{title}]({path}).",
    "La marche à suivre est la même que dans [{title}]({path}).",
]

INTROS = [
    "Cet article explique comment {title_lower}, étape par étape, et ce qu’il faut vérifier avant de commencer.",
    "Vous souhaitez {title_lower} ? Voici ce qu’il faut savoir, les démarches à suivre et les pièges à éviter.",
    "{title} : retrouvez ici vos droits, les démarches possibles et les réponses aux questions les plus fréquentes.",
    "Avant de {title_lower}, prenez le temps de lire ces quelques conseils : ils vous feront gagner du temps.",
]

DESCRIPTIONS = [
    "Comment {title_lower} : les étapes, vos droits et les bons réflexes.",
    "Tout ce qu’il faut savoir pour {title_lower}, avec les démarches pas à pas.",
    "Les réponses à vos questions pour {title_lower}, et quoi faire si cela ne fonctionne pas.",
    "Ce qu’il faut vérifier et les démarches à suivre pour {title_lower}.",
]

# ---------------------------------------------------------------------------------------------------------
# Safety: the prose must never type a figure that a rule owns (or guichet check refuses the build).
# ---------------------------------------------------------------------------------------------------------

_NUMBER = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante-huit|soixante-douze)"
_FORBIDDEN = re.compile(r"(?i)(?<![\w+])" + _NUMBER + r"[ \u00a0\u202f]*(?:jours?|semaines?|heures?|h)(?!\w)|\d{1,2}:\d\d|0\d(?:[ .\-]?\d\d){4}|\+33")
_REFERENCE = re.compile(r"\{\{ ([^}]*) \}\}")


def prose_only(text):
    return _REFERENCE.sub(" ", text)


def assert_safe(text, where):
    match = _FORBIDDEN.search(prose_only(text))
    if match:
        sys.exit(f"generate.py: internal error: the prose of {where} types a figure: {match.group(0)!r}")


def slugify(text):
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "-").replace("'", "-"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text)).strip("-")


def elide(text):
    """French elision and contraction after assembling words: « de un » → « d’un », « à le » → « au »."""
    text = re.sub(r"\b([Dd]e|[Qq]ue|[Jj]e) (?=[aeiouyàâéèêëîïôûAEIOUÉ])", lambda m: m.group(1)[:-1] + "’", text)
    text = re.sub(r"\bde des\b", "des", text)
    text = re.sub(r"\bde les\b", "des", text)
    text = re.sub(r"\bde le\b", "du", text)
    text = re.sub(r"\bà les\b", "aux", text)
    text = re.sub(r"\bà le\b", "au", text)
    return text


def lower_first(text):
    return text[0].lower() + text[1:]


def yaml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------------------

class Article:
    def __init__(self, category, slug, title, order):
        self.category = category
        self.slug = slug
        self.title = title
        self.order = order

    @property
    def path(self):
        return f"{self.category['slug']}/{self.slug}.md"

    def link_from(self, other):
        """Relative path of this article's file from `other`'s folder."""
        if other.category is self.category:
            return f"{self.slug}.md"
        return f"../{self.category['slug']}/{self.slug}.md"

    @property
    def url(self):
        return f"/{self.category['slug']}/{self.slug}/"


def make_articles(rng, count):
    per_category = {c["slug"]: [] for c in CATEGORIES}
    combos = {}
    for category in CATEGORIES:
        pool = [(a, o, q) for a in category["actions"] for o in category["objects"] for q in QUALIFIERS]
        rng.shuffle(pool)
        combos[category["slug"]] = pool
    used_slugs = set()
    articles = []
    for index in range(count):
        category = CATEGORIES[index % len(CATEGORIES)] if index < len(CATEGORIES) else rng.choice(CATEGORIES)
        pool = combos[category["slug"]]
        round_number = 0
        while True:
            if pool:
                action, obj, qualifier = pool.pop()
                title = elide(f"{action} {obj}{qualifier}")
            else:  # every combination used: number further articles
                round_number += 1
                action, obj = rng.choice(category["actions"]), rng.choice(category["objects"])
                title = elide(f"{action} {obj} (cas {round_number + len(per_category[category['slug']])})")
            slug = slugify(title)
            if (category["slug"], slug) not in used_slugs:
                break
        used_slugs.add((category["slug"], slug))
        article = Article(category, slug, title, len(per_category[category["slug"]]) + 1)
        per_category[category["slug"]].append(article)
        articles.append(article)
    return articles, per_category


def pick_links(rng, article, articles, per_category, count):
    siblings = per_category[article.category["slug"]]
    chosen = []
    tries = 0
    while len(chosen) < count and tries < 50:
        tries += 1
        pool = siblings if rng.random() < 0.6 and len(siblings) > 1 else articles
        target = rng.choice(pool)
        if target is not article and target not in chosen:
            chosen.append(target)
    return chosen


def word_count(text):
    return len(re.findall(r"[A-Za-zÀ-ÿ’'-]+", prose_only(text)))


ALL_RULES = list(RULE_SENTENCES)


def make_body(rng, article, articles, per_category, index):
    """Returns (Markdown with references, the base rule ids it uses, in order of first use)."""
    category = article.category
    if index < len(ALL_RULES):  # the first articles cover every rule once (no "uncovered rule" warning)
        chosen_rules = [ALL_RULES[index]]
    elif rng.random() < 0.5:
        pool = category["rules"] or ["contact.form_response", "contact.phone.number"]
        pool = pool + ["contact.phone.hours", "withdrawal.refund", "withdrawal.return_shipping", "withdrawal.scope"]
        want = 1 + (rng.random() < 0.45) + (rng.random() < 0.2)
        candidates = list(dict.fromkeys(pool))
        rng.shuffle(candidates)
        own = [r for r in candidates if r in category["rules"]]  # favour the category's own rules
        other = [r for r in candidates if r not in category["rules"]]
        chosen_rules = (own + other)[:want] if rng.random() < 0.8 else (other + own)[:want]
    else:
        chosen_rules = []
    example = rng.choice(EXAMPLES) if rng.random() < 0.10 else None
    if example is not None and example[0] not in chosen_rules:
        chosen_rules.append(example[0])

    pending = []  # rule sentences still to place
    for rule in chosen_rules:
        sentences = RULE_SENTENCES[rule][:]
        rng.shuffle(sentences)
        pending.extend(sentences[:1 + (rng.random() < 0.5)])
    list_rule = next((r for r in chosen_rules if r in LIST_RULE_LEADS and rng.random() < 0.7), None)

    target_words = rng.randint(400, 900)
    sentences = category["sentences"][:] + GENERIC[:]
    rng.shuffle(sentences)
    headings = category["headings"][:] + rng.sample(GENERIC_HEADINGS, 4)
    rng.shuffle(headings)
    links = pick_links(rng, article, articles, per_category, rng.randint(2, 5))
    with_table = rng.random() < 0.33

    def next_sentence():
        if not sentences:
            sentences.extend(GENERIC)
            rng.shuffle(sentences)
        return fill(rng, sentences.pop())

    def paragraph(length):
        return " ".join(next_sentence() for _ in range(length))

    intro = rng.choice(INTROS).replace("{title_lower}", lower_first(article.title)).replace("{title}", article.title)
    blocks = [elide(intro), paragraph(rng.randint(1, 2))]
    words = sum(word_count(b) for b in blocks)
    closer = rng.choice(CLOSERS)
    budget = target_words - word_count(closer)

    def add(block):
        nonlocal words
        blocks.append(block)
        words += word_count(block)

    section = 0
    while words < budget or pending or links or with_table or example or list_rule:
        if section >= len(headings):
            headings.append(f"{rng.choice(GENERIC_HEADINGS)} ({section + 1})")
        add(f"## {headings[section]}")
        section += 1
        # Things still to place go in sooner as the budget runs out.
        eager = words >= budget * 0.5
        for _ in range(rng.randint(1, 3)):
            text = paragraph(rng.randint(2, 3))
            if pending and (eager or rng.random() < 0.6):
                text = pending.pop() + " " + text
            if links and (eager or rng.random() < 0.4):
                target = links.pop()
                text += " " + rng.choice(LINK_SENTENCES).format(title=target.title, path=target.link_from(article))
            add(text)
            if words >= budget:
                break
        shape = rng.random()
        if shape < 0.3:
            add("\n".join("- " + fill(rng, item) for item in rng.sample(LIST_ITEMS, rng.randint(3, 5))))
        elif shape < 0.45:
            add("\n".join(f"{i + 1}. " + fill(rng, step) for i, step in enumerate(STEPS[:rng.randint(4, len(STEPS))])))
        if list_rule and (eager or rng.random() < 0.5):
            add(LIST_RULE_LEADS[list_rule][0])
            add("{{ " + list_rule + " }}")
            list_rule = None
        if with_table and (eager or rng.random() < 0.4):
            header, rows = rng.choice(TABLES)
            rule_rows = [RULE_TABLE_ROWS[r] for r in chosen_rules if r in RULE_TABLE_ROWS]
            if rule_rows and rng.random() < 0.7:
                header, rows = ["Étape", "Délai"], rule_rows
            else:
                rows = rng.sample(rows, min(len(rows), rng.randint(3, 5)))
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(fill(rng, cell) for cell in row) + " |" for row in rows]
            add("\n".join(lines))
            with_table = False
        if example is not None and (eager or rng.random() < 0.4):
            add("### Un exemple")
            add(example[1])
            example = None
        if words < budget and rng.random() < 0.15:
            add(f"### {rng.choice(['Attention', 'À noter', 'Astuce', 'Important'])}")
            add(paragraph(rng.randint(1, 2)))
        if section > 40:
            sys.exit("generate.py: internal error: an article does not converge")
    blocks.append(closer)
    body = "\n\n".join(blocks) + "\n"
    used = []
    for match in _REFERENCE.finditer(body):
        base = REFERENCES[match.group(1)][0]
        if base not in used:
            used.append(base)
    return body, used


def to_hugo_body(body, article):
    """The same Markdown for Hugo: references replaced by their text, article links by URLs."""
    def list_rule(match):
        items = LIST_RULE_LEADS[match.group(1)][1]
        return "\n".join("- " + item for item in items)
    body = re.sub(r"^\{\{ (withdrawal\.exclusions|tracking\.unavailable_reasons) \}\}$", list_rule, body, flags=re.M)
    body = _REFERENCE.sub(lambda m: REFERENCES[m.group(1)][1], body)

    def link(match):
        target = match.group(1)
        if target.startswith("../"):
            cat, slug = target[3:-3].split("/")
        else:
            cat, slug = article.category["slug"], target[:-3]
        return f"](/{cat}/{slug}/)"
    return re.sub(r"\]\(((?:\.\./[a-z0-9-]+/)?[a-z0-9-]+\.md)\)", link, body)


HUGO_CONFIG = """baseURL = "https://aide.example.fr/"
languageCode = "fr"
defaultContentLanguage = "fr"
title = "Centre d’aide"
disableKinds = ["taxonomy", "term", "RSS"]
uglyURLs = false
enableRobotsTXT = true

[markup.goldmark.renderer]
unsafe = false

[markup.goldmark.parser.attribute]
block = false
title = false
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ .Description }}">
<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:locale" content="fr_FR">
<link rel="stylesheet" href="/style.css">
</head>
<body class="page-{{ .Kind }}">
<header><a href="/">{{ .Site.Title }}</a></header>
<main id="contenu">
{{ block "main" . }}{{ end }}
</main>
<footer>
<ul>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</footer>
</body>
</html>
"""

HUGO_BREADCRUMBS = """<nav class="ariane" aria-label="Fil d’Ariane">
<ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}<li><span aria-current="page">{{ .Title }}</span></li>
</ol>
</nav>
"""

HUGO_SINGLE = """{{ define "main" }}
{{ partial "breadcrumbs.html" . }}
<article class="article">
<h1>{{ .Title }}</h1>
<p class="chapo">{{ .Description }}</p>
<div class="contenu">
{{ .Content }}
</div>
</article>
{{ with .Params.related }}
<section class="lies">
<h2>Articles liés</h2>
<ul>
{{ range . }}{{ with site.GetPage . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>{{ end }}
{{ end }}</ul>
</section>
{{ end }}
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
{{ partial "breadcrumbs.html" . }}
<h1>{{ .Title }}</h1>
<p class="chapo">{{ .Description }}</p>
<div class="intro">{{ .Content }}</div>
<ul>
{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}</ul>
{{ end }}
"""

HUGO_HOME = """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
{{ range .Site.Sections.ByWeight }}
<section>
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Description }}</p>
<ul>
{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</section>
{{ end }}
{{ end }}
"""

HUGO_404 = """{{ define "main" }}
<h1>Page introuvable</h1>
<p><a href="/">Retour à l’accueil</a></p>
{{ end }}
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def generate(count, out, seed):
    rng = random.Random(seed)
    articles, per_category = make_articles(rng, count)
    guichet = os.path.join(out, "guichet")
    hugo = os.path.join(out, "hugo")
    # The two blocks the law asks of every site (docs/content.md), as the test sites have them.
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "publisher.yml"), encoding="utf-8") as f:
        PUBLISHER = "".join(line for line in f if not line.startswith("#"))
    for folder in (guichet, hugo):
        if os.path.exists(folder):
            shutil.rmtree(folder)
    write(os.path.join(guichet, "guichet.yml"),
          "title: Centre d’aide\n"
          "description: \"Un centre d’aide synthétique pour mesurer la vitesse de construction.\"\n"
          "base_url: https://aide.boutique-bench.fr/\n"
          "contact_form: https://aide.example.fr/contact/\n"
          + PUBLISHER)
    write(os.path.join(hugo, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(hugo, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(hugo, "layouts", "index.html"), HUGO_HOME)
    write(os.path.join(hugo, "layouts", "404.html"), HUGO_404)
    write(os.path.join(hugo, "layouts", "partials", "breadcrumbs.html"), HUGO_BREADCRUMBS)
    write(os.path.join(hugo, "static", "style.css"), "body { font-family: sans-serif; max-width: 48rem; margin: auto; }\n")
    write(os.path.join(hugo, "content", "_index.md"),
          "---\ntitle: \"Centre d’aide\"\ndescription: \"Un centre d’aide synthétique.\"\n---\n")

    for order, category in enumerate(CATEGORIES, start=1):
        intro = f"{category['description']} {GENERIC[order % len(GENERIC)]}".replace("{espace}", "« Mes commandes »").replace("{moyen}", "la carte bancaire").replace("{produit}", "un téléviseur")
        assert_safe(intro, category["slug"])
        icon = f"icon: {category['icon']}\n" if "icon" in category else ""
        write(os.path.join(guichet, "Content", category["slug"], "_index.md"),
              f"---\ntitle: {yaml_string(category['title'])}\ndescription: {yaml_string(category['description'])}\n"
              f"order: {order}\n{icon}---\n{intro}\n")
        write(os.path.join(hugo, "content", category["slug"], "_index.md"),
              f"---\ntitle: {yaml_string(category['title'])}\ndescription: {yaml_string(category['description'])}\n"
              f"weight: {order}\n---\n{intro}\n")

    total_words = 0
    with_rules = 0
    for index, article in enumerate(articles):
        body, used = make_body(rng, article, articles, per_category, index)
        assert_safe(body, article.path)
        total_words += word_count(body)
        with_rules += bool(used)
        related = pick_links(rng, article, articles, per_category, 2)
        description = elide(rng.choice(DESCRIPTIONS).replace("{title_lower}", lower_first(article.title)))
        audience = "vendeur" if article.category["slug"] == "vendeurs" else ("vendeur" if rng.random() < 0.05 else "acheteur")
        rules_line = f"rules: [{', '.join(used)}]\n" if used else ""
        matter = (f"---\ntitle: {yaml_string(article.title)}\ndescription: {yaml_string(description)}\n"
                  f"order: {article.order}\n{rules_line}"
                  f"related: [{', '.join(r.link_from(article) for r in related)}]\n"
                  f"reviewed: 2026-10-01\naudience: {audience}\n---\n")
        write(os.path.join(guichet, "Content", article.category["slug"], article.slug + ".md"), matter + body)
        hugo_matter = (f"---\ntitle: {yaml_string(article.title)}\ndescription: {yaml_string(description)}\n"
                       f"weight: {article.order}\n"
                       f"related: [{', '.join(yaml_string('/' + r.path) for r in related)}]\n---\n")
        write(os.path.join(hugo, "content", article.category["slug"], article.slug + ".md"),
              hugo_matter + to_hugo_body(body, article))
    return total_words, with_rules


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--out", required=True, help="folder to create (guichet/ and hugo/ inside)")
    parser.add_argument("--seed", type=int, default=20261128, help="random seed (default 20261128)")
    args = parser.parse_args()
    total_words, with_rules = generate(args.articles, args.out, args.seed)
    print(f"generated {args.articles} articles ({total_words} words, {total_words // max(args.articles, 1)} per article, "
          f"{with_rules} with rule references) in {args.out}/guichet and {args.out}/hugo")


if __name__ == "__main__":
    main()
