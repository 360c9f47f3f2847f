"""Bolt's side of installs (bot.slack.installs): its authorize step and OAuth settings, apart so that a
process that only sweeps (`atento worker`) never imports Bolt."""

from __future__ import annotations

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.slack.installs import INSTALL_PATH, REDIRECT_PATH, SCOPES, AtentoInstallationStore
from bot.slack.workspaces import Installations


def oauth_settings(client_id: str, client_secret: str, store: AtentoInstallationStore, engine: Engine) -> OAuthSettings:
    return OAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=SCOPES,
        installation_store=store,
        state_store=SQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
    )


class InstallationsAuthorize(Authorize):
    """Bolt's authorize step, answered from our `Installations` (token mode and OAuth alike)."""

    def __init__(self, installations: Installations):
        self.installations = installations

    def __call__(self, *, context, enterprise_id, team_id, user_id) -> AuthorizeResult | None:
        found = self.installations.receiving(team_id)
        if found is None:
            return None
        return AuthorizeResult(
            enterprise_id=found.enterprise_id,
            team_id=found.team_id,
            bot_user_id=found.bot_user_id,
            bot_id=found.bot_id,
            bot_token=found.bot_token,
        )
