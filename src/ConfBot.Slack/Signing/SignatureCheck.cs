namespace ConfBot.Slack.Signing;

/// <summary>Outcome of checking a request's Slack signature; safe to log (never contains the secret).</summary>
internal enum SignatureCheck
{
    Valid,
    NoSigningSecret,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    UnsupportedVersion,
    MalformedSignature,
    Mismatch,
}
