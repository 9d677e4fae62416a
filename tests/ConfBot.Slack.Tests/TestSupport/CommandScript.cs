using ConfBot.Slack.Commands;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>What <see cref="ScriptedCommandHandler"/> does; set by each test.</summary>
internal sealed class CommandScript
{
    public Func<SlashCommand, Task<SlashCommandResponse?>> Reply { get; set; } =
        command => Task.FromResult<SlashCommandResponse?>(SlashCommandResponse.Ephemeral($"echo {command.Text}"));
}
