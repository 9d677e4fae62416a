namespace ConfBot.Slack.Pipeline;

/// <summary>Which Slack entry point a delivery came to: the Events API, the slash command, or interactivity.</summary>
internal enum SlackDeliveryKind
{
    Event,
    Command,
    Interaction,
}
