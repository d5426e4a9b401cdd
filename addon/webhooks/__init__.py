"""Push notifications from the providers: Google's watch channels (``google``, ``/webhooks/google``)
and Microsoft Graph's subscriptions (``microsoft``, ``/webhooks/microsoft``). Each only triggers an
early sync of the account it names; polling stays the backstop."""
