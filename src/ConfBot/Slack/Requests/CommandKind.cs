namespace ConfBot.Slack.Requests;

/// <summary>What a user asked ConfBot to do.</summary>
internal enum CommandKind
{
    Help,
    Question,
    Talk,
    Links,
    Actions,
    Speaker,
    Conferences,
    Digest,
}
