using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Identity;

/// <summary>Who the bot is, learned from <c>auth.test</c> at start-up (e.g. to strip <c>&lt;@bot&gt;</c> from mentions).</summary>
public interface ISlackBotIdentity
{
    /// <summary>Null only before the host has started.</summary>
    AuthTestResult? Current { get; }
}
