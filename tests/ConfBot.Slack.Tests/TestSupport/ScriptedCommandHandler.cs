using ConfBot.Slack.Commands;

namespace ConfBot.Slack.Tests.TestSupport;

internal sealed class ScriptedCommandHandler(CommandScript script, HandlerLog log) : ISlashCommandHandler
{
    public Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        log.Record(command);
        return script.Reply(command);
    }
}
