namespace ConfBot.Slack.Interactions;

/// <summary>
/// Handles button clicks and other <c>block_actions</c> for the action ids it was registered for
/// (<see cref="ISlackBuilder.AddBlockActionHandler{THandler}(string)"/>). Runs after Slack has been acked; answer
/// through <see cref="BlockActionRequest.ResponseUrl"/> or the Web API.
/// </summary>
public interface IBlockActionHandler
{
    /// <summary>Called once for each <paramref name="action"/> of <paramref name="request"/> that this handler's route matches.</summary>
    Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken);
}
