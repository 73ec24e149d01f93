#!/bin/sh
# La sauvegarde de chaque nuit (docs/deployer-en-production.md §8) : une copie cohérente de la base
# du portail pendant qu'il sert (pg_dump, format personnalisé : un seul instantané, compressé),
# écrite sous un nom daté dans <dossier>, puis les copies de plus de <jours> jours effacées.
#
#   deploy/sauvegarde/sauvegarder-la-base.sh /srv/sauvegardes/portail 14
#
# Lancé depuis le dossier du projet, il demande la copie au service `postgres` de
# docker-compose.prod.yml ; PG_DUMP donne une autre commande (les tests : le pg_dump de la machine).
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "Utilisation : $0 <dossier des sauvegardes> [jours gardés, 14 par défaut]" >&2
  exit 2
fi
dossier=$1
jours=${2:-14}
case $jours in
  '' | *[!0-9]*) echo "$0 : « $jours » n'est pas un nombre de jours." >&2; exit 2 ;;
esac
[ -d "$dossier" ] || { echo "$0 : le dossier $dossier n'existe pas." >&2; exit 2; }

: "${PG_DUMP:=docker compose -f docker-compose.prod.yml --env-file .env --env-file production.env exec -T postgres pg_dump -U keycloak -Fc keycloak}"

fichier="$dossier/keycloak-$(date -u +%Y%m%dT%H%M%SZ).dump"
# Sous un autre nom jusqu'au bout : une copie interrompue ne passe jamais pour une sauvegarde.
umask 077
# shellcheck disable=SC2086 # PG_DUMP is a command line: its words are the command and its arguments.
if ! $PG_DUMP > "$fichier.partiel"; then
  rm -f "$fichier.partiel"
  echo "$0 : la copie de la base a échoué ; les sauvegardes précédentes sont gardées." >&2
  exit 1
fi
if [ ! -s "$fichier.partiel" ]; then
  rm -f "$fichier.partiel"
  echo "$0 : la copie de la base est vide ; les sauvegardes précédentes sont gardées." >&2
  exit 1
fi
mv "$fichier.partiel" "$fichier"
echo "$fichier"

# Les copies plus anciennes que <jours> jours, jamais celle de cette nuit.
find "$dossier" -maxdepth 1 -name 'keycloak-*.dump' ! -newer "$fichier" -mtime +"$jours" -delete
