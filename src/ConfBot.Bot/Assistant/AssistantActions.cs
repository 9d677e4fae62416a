namespace ConfBot.Bot.Assistant;

/// <summary>The action ids of the welcome's buttons.</summary>
public static class AssistantActions
{
    /// <summary>Value: the message to ask, as if the clicker had typed it.</summary>
    public const string Ask = "confbot_ask";
}
